use std::cell::RefCell;

// ANCHOR: compare_through_guard
fn main() {
    let ours = RefCell::new(vec![1, 2]);
    let theirs = RefCell::new(vec![1, 2]);

    let mut editing = ours.borrow_mut();
    editing.push(3);
    // `Debug` asks with `try_borrow` and prints a placeholder when refused.
    println!("{ours:?}");
    // Compare and clone through the guard that is already out.
    println!("equal: {}", *editing == *theirs.borrow());
    let backup = RefCell::new(editing.clone());
    drop(editing);
    println!("{ours:?} {backup:?}");
}
// ANCHOR_END: compare_through_guard
