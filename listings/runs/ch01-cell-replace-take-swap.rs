use std::cell::Cell;

// ANCHOR: replace_take_swap
fn main() {
    let status = Cell::new("idle");
    let old = status.replace("busy"); // put a new value in, get the old one out
    println!("replace: was {old}, now {}", status.get());

    let name = Cell::new(String::from("draft.txt"));
    let taken = name.take(); // leaves `String::default()` behind
    println!("take: got {taken:?}, left {:?}", name.take());

    let left = Cell::new(1);
    let right = Cell::new(2);
    left.swap(&right); // exchange the contents of two cells
    println!("swap: left = {}, right = {}", left.get(), right.get());
}
// ANCHOR_END: replace_take_swap
