use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

// ANCHOR: rc_to_thread
fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let for_worker = Rc::clone(&log);
    let worker = thread::spawn(move || for_worker.borrow_mut().push("from a worker"));
    worker.join().unwrap();
    println!("{:?}", log.borrow());
}
// ANCHOR_END: rc_to_thread
