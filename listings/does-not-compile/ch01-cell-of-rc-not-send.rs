use std::cell::Cell;
use std::rc::Rc;
use std::thread;

// ANCHOR: cell_of_rc
fn main() {
    let shared = Rc::new(5);
    let slot = Cell::new(Some(Rc::clone(&shared))); // a `Cell<Option<Rc<i32>>>`
    // Moving the cell moves the `Rc` inside, while `shared` stays behind.
    let worker = thread::spawn(move || slot.take().map(|rc| *rc));
    println!("{:?} {shared}", worker.join().unwrap());
}
// ANCHOR_END: cell_of_rc
