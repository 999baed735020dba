// Exercise 6 (Crossing threads): two worker threads share a tally of the
// jobs they finish. Make it compile, and keep the tally shared.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

// ANCHOR: starter
fn main() {
    let done = Rc::new(RefCell::new(0));
    let mut workers = Vec::new();
    for _ in 0..2 {
        let done = Rc::clone(&done);
        workers.push(thread::spawn(move || {
            *done.borrow_mut() += 1;
        }));
    }
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(*done.borrow(), 2);
    println!("{} jobs done", done.borrow());
}
// ANCHOR_END: starter
