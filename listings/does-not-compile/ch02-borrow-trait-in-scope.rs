// ANCHOR: borrow_trait
use std::borrow::Borrow;
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let numbers = shared.borrow(); // `Borrow::borrow`, not `RefCell::borrow`
    println!("{} numbers", numbers.len());
}
// ANCHOR_END: borrow_trait
