use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

// ANCHOR: arc_of_refcell
fn main() {
    let log = Arc::new(RefCell::new(Vec::new()));
    let for_worker = Arc::clone(&log);
    let worker = thread::spawn(move || for_worker.borrow_mut().push("from a worker"));
    worker.join().unwrap();
    println!("{:?}", log.borrow());
}
// ANCHOR_END: arc_of_refcell
