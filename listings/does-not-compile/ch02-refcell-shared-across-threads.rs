use std::cell::RefCell;
use std::thread;

// ANCHOR: refcell_across_threads
fn main() {
    let log = RefCell::new(Vec::new());
    thread::scope(|scope| {
        scope.spawn(|| log.borrow_mut().push("from a worker"));
        log.borrow_mut().push("from main");
    });
    println!("{:?}", log.borrow());
}
// ANCHOR_END: refcell_across_threads
