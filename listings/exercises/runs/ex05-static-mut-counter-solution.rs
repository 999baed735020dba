// Exercise 5 (Crossing threads), solved: an `AtomicU64` is `Sync`, so a
// plain `static` holds it, and `fetch_add` is one indivisible step.
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

// ANCHOR: solution
static REQUESTS: AtomicU64 = AtomicU64::new(0);

fn handle_request() {
    // A count alone orders nothing else, so `Relaxed` is enough; joining
    // the threads makes every increment visible to `main`.
    REQUESTS.fetch_add(1, Ordering::Relaxed);
}

fn main() {
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    handle_request();
                }
            });
        }
    });
    let total = REQUESTS.load(Ordering::Relaxed);
    assert_eq!(total, 4000);
    println!("{total} requests");
}
// ANCHOR_END: solution
