use std::hint;
use std::sync::atomic::{AtomicU64, Ordering, fence};
use std::thread;

// ANCHOR: sequence_lock
/// A point guarded by a sequence number: odd while a write is in progress.
/// Every field is atomic, so a reader that races a writer reads stale or
/// mixed numbers (and retries), never undefined behaviour.
struct SeqLockPoint {
    seq: AtomicU64,
    x: AtomicU64,
    y: AtomicU64,
}

impl SeqLockPoint {
    fn write(&self, x: u64, y: u64) {
        // Writers exclude each other by turning an even number odd.
        let mut seq = self.seq.load(Ordering::Relaxed);
        loop {
            if seq % 2 == 1 {
                hint::spin_loop();
                seq = self.seq.load(Ordering::Relaxed);
                continue;
            }
            match self
                .seq
                .compare_exchange_weak(seq, seq + 1, Ordering::Acquire, Ordering::Relaxed)
            {
                Ok(_) => break,
                Err(now) => seq = now,
            }
        }
        fence(Ordering::Release); // the odd number is visible before the data
        self.x.store(x, Ordering::Relaxed);
        self.y.store(y, Ordering::Relaxed);
        self.seq.store(seq + 2, Ordering::Release); // even again: done
    }

    /// Readers never write shared memory: they read, then check, then retry.
    fn read(&self) -> (u64, u64) {
        loop {
            let before = self.seq.load(Ordering::Acquire);
            if before % 2 == 1 {
                hint::spin_loop();
                continue;
            }
            let point = (
                self.x.load(Ordering::Relaxed),
                self.y.load(Ordering::Relaxed),
            );
            fence(Ordering::Acquire);
            if self.seq.load(Ordering::Relaxed) == before {
                return point;
            }
        }
    }
}

fn main() {
    let point = SeqLockPoint {
        seq: AtomicU64::new(0),
        x: AtomicU64::new(0),
        y: AtomicU64::new(0),
    };
    let torn_reads = thread::scope(|scope| {
        scope.spawn(|| (1..=100_000).for_each(|n| point.write(n, 2 * n)));
        let reader = scope.spawn(|| {
            (0..100_000)
                .filter(|_| {
                    let (x, y) = point.read();
                    y != 2 * x
                })
                .count()
        });
        reader.join().unwrap()
    });
    println!("reads where y != 2x: {torn_reads}");
    println!("final point: {:?}", point.read());
}
// ANCHOR_END: sequence_lock
