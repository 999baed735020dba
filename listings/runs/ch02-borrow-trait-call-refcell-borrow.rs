// ANCHOR: call_refcell_borrow
use std::borrow::Borrow;
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let numbers = RefCell::borrow(&shared); // names the method: no ambiguity
    println!("{} numbers", numbers.len());
    println!("total {}", total(&numbers[..]));
    let again = (*shared).borrow(); // on the `RefCell` itself, the inherent method wins
    println!("first {}", again[0]);
}

fn total<B: Borrow<[i32]>>(values: B) -> i32 {
    values.borrow().iter().sum()
}
// ANCHOR_END: call_refcell_borrow
