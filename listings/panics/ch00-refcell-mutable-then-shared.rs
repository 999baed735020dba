use std::cell::RefCell;

// ANCHOR: mutable_then_shared
fn main() {
    let scores = RefCell::new(vec![30, 10, 20]);
    let mut sorter = scores.borrow_mut(); // exclusive, counted at run time
    let count = scores.borrow().len(); // asks to share: refused
    sorter.sort();
    println!("{count} scores");
}
// ANCHOR_END: mutable_then_shared
