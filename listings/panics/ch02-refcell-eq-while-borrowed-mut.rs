use std::cell::RefCell;

// ANCHOR: eq_while_borrowed_mut
fn main() {
    let ours = RefCell::new(vec![1, 2]);
    let theirs = RefCell::new(vec![1, 2]);
    println!("equal: {}", ours == theirs);

    let mut editing = ours.borrow_mut();
    editing.push(3);
    println!("equal: {}", ours == theirs); // `==` borrows both cells
}
// ANCHOR_END: eq_while_borrowed_mut
