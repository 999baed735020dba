use std::sync::Barrier;
use std::sync::atomic::{AtomicU32, Ordering::SeqCst};
use std::thread;

// ANCHOR: seqcst_lost_update
fn main() {
    let count = AtomicU32::new(0);
    let both_have_read = Barrier::new(2);
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                let seen = count.load(SeqCst);
                both_have_read.wait(); // neither thread writes before both have read
                count.store(seen + 1, SeqCst);
            });
        }
    });
    println!("two increments, all SeqCst: count = {}", count.load(SeqCst));
}
// ANCHOR_END: seqcst_lost_update
