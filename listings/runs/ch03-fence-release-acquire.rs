use std::hint;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering, fence};
use std::thread;

// ANCHOR: fences
static WIDTH: AtomicU32 = AtomicU32::new(0);
static HEIGHT: AtomicU32 = AtomicU32::new(0);
static READY: AtomicBool = AtomicBool::new(false);

fn main() {
    thread::scope(|scope| {
        scope.spawn(|| {
            WIDTH.store(640, Ordering::Relaxed);
            HEIGHT.store(480, Ordering::Relaxed);
            fence(Ordering::Release); // everything above...
            READY.store(true, Ordering::Relaxed); // ...is published by this store
        });
        scope.spawn(|| {
            while !READY.load(Ordering::Relaxed) {
                hint::spin_loop(); // each poll is a relaxed load, with no ordering cost
            }
            fence(Ordering::Acquire); // one acquire, after the loop has seen `true`
            let (w, h) = (
                WIDTH.load(Ordering::Relaxed),
                HEIGHT.load(Ordering::Relaxed),
            );
            println!("{w} x {h}");
        });
    });
}
// ANCHOR_END: fences
