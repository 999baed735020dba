use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::thread;

// ANCHOR: atomics_across_threads
static REQUESTS: AtomicU64 = AtomicU64::new(0); // a global counter needs no lock

fn main() {
    let claimed = AtomicBool::new(false);
    let winners = AtomicUsize::new(0);

    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    REQUESTS.fetch_add(1, Relaxed); // one indivisible read-modify-write
                }
                // Only one thread may turn `false` into `true`.
                if claimed
                    .compare_exchange(false, true, Relaxed, Relaxed)
                    .is_ok()
                {
                    winners.fetch_add(1, Relaxed);
                }
            });
        }
    });
    println!("requests: {}", REQUESTS.load(Relaxed));
    println!("threads that claimed the job: {}", winners.load(Relaxed));
}
// ANCHOR_END: atomics_across_threads
