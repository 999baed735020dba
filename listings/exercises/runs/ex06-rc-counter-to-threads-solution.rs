// Exercise 6 (Crossing threads), solved: `Arc` counts its owners atomically,
// and `Mutex` lets one thread at a time change the tally.
use std::sync::{Arc, Mutex};
use std::thread;

// ANCHOR: solution
fn main() {
    let done = Arc::new(Mutex::new(0));
    let mut workers = Vec::new();
    for _ in 0..2 {
        let done = Arc::clone(&done);
        workers.push(thread::spawn(move || {
            *done.lock().unwrap() += 1;
        }));
    }
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(*done.lock().unwrap(), 2);
    println!("{} jobs done", done.lock().unwrap());
}
// ANCHOR_END: solution
