use std::cell::RefCell;

// ANCHOR: clone_while_borrowed_mut
fn main() {
    let draft = RefCell::new(String::from("Dear"));
    let mut editing = draft.borrow_mut();
    editing.push_str(" reader");
    let backup = draft.clone(); // `clone` borrows the cell to clone its value
    println!("{}", backup.borrow());
}
// ANCHOR_END: clone_while_borrowed_mut
