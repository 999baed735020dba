use std::hint;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;

// ANCHOR: release_acquire
static ANSWER: AtomicU64 = AtomicU64::new(0);
static READY: AtomicBool = AtomicBool::new(false);

fn main() {
    thread::scope(|scope| {
        scope.spawn(|| {
            ANSWER.store(42, Ordering::Relaxed); // the data
            READY.store(true, Ordering::Release); // publish: everything above is visible...
        });
        scope.spawn(|| {
            while !READY.load(Ordering::Acquire) {
                hint::spin_loop(); // ...to whoever sees `true` with Acquire
            }
            println!("the answer is {}", ANSWER.load(Ordering::Relaxed));
        });
    });
}
// ANCHOR_END: release_acquire
