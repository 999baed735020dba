use std::cell::RefCell;

// ANCHOR: shared_then_mutable
fn main() {
    let scores = RefCell::new(vec![10, 20, 30]);
    let first = scores.borrow(); // a shared borrow, counted at run time
    scores.borrow_mut().push(40); // asks for exclusive access: refused
    println!("first score: {}", first[0]);
}
// ANCHOR_END: shared_then_mutable
