use parking_lot::ReentrantMutex;
use std::cell::RefCell;

// ANCHOR: reentrant_conflict
fn main() {
    let lines = ReentrantMutex::new(RefCell::new(Vec::new()));

    let outer = lines.lock();
    let mut writing = outer.borrow_mut();
    writing.push("begin");

    let inner = lines.lock(); // the same thread: the lock lets it in again
    inner.borrow_mut().push("nested"); // but the RefCell does not
    println!("never printed");
}
// ANCHOR_END: reentrant_conflict
