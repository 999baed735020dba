// Exercise 5 (Crossing threads): four threads count requests in a
// `static mut`. It compiles, and a run may even pass, but Miri reports a
// data race. Remove the `unsafe` and keep the count right.
use std::thread;

// ANCHOR: starter
static mut REQUESTS: u64 = 0;

fn handle_request() {
    // SAFETY: none. Four threads run this at once, so the read-modify-write
    // races with itself: that is the bug this exercise asks you to fix.
    unsafe {
        REQUESTS += 1;
    }
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
    // SAFETY: every thread has been joined, so nothing writes any more.
    let total = unsafe { REQUESTS };
    assert_eq!(total, 4000);
    println!("{total} requests");
}
// ANCHOR_END: starter
