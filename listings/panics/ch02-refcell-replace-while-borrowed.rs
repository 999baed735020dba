use std::cell::RefCell;

// ANCHOR: replace_while_borrowed
fn main() {
    let title = RefCell::new(String::from("Draft"));
    let reading = title.borrow();
    println!("reading {reading:?}");
    let old = title.replace(String::from("Final")); // `reading` is still alive
    println!("replaced {old:?}");
}
// ANCHOR_END: replace_while_borrowed
