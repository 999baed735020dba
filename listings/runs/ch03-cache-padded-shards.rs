use crossbeam_utils::CachePadded;
use std::mem::{align_of, size_of};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

// ANCHOR: sharded_counter
const SHARDS: usize = 4;

/// One counter per thread, each on its own cache line (or two).
struct ShardedCounter {
    shards: [CachePadded<AtomicUsize>; SHARDS],
}

impl ShardedCounter {
    fn new() -> Self {
        ShardedCounter {
            shards: std::array::from_fn(|_| CachePadded::new(AtomicUsize::new(0))),
        }
    }

    fn add(&self, shard: usize, n: usize) {
        // `CachePadded` derefs to the atomic inside.
        self.shards[shard].fetch_add(n, Ordering::Relaxed);
    }

    fn sum(&self) -> usize {
        self.shards.iter().map(|s| s.load(Ordering::Relaxed)).sum()
    }
}

fn main() {
    let counter = ShardedCounter::new();
    thread::scope(|scope| {
        for shard in 0..SHARDS {
            let counter = &counter;
            scope.spawn(move || {
                for _ in 0..1000 {
                    counter.add(shard, 1); // no other thread writes this line
                }
            });
        }
    });
    println!("sum after join: {}", counter.sum());

    let first = ptr_of(&counter.shards[0]);
    let second = ptr_of(&counter.shards[1]);
    println!(
        "AtomicUsize:              size {:3}, align {:3}",
        size_of::<AtomicUsize>(),
        align_of::<AtomicUsize>()
    );
    println!(
        "CachePadded<AtomicUsize>: size {:3}, align {:3}",
        size_of::<CachePadded<AtomicUsize>>(),
        align_of::<CachePadded<AtomicUsize>>()
    );
    println!("shard 0 to shard 1: {} bytes", second - first);
}
// ANCHOR_END: sharded_counter

fn ptr_of(shard: &CachePadded<AtomicUsize>) -> usize {
    std::ptr::from_ref(shard).addr()
}
