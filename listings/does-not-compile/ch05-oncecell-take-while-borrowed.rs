use std::cell::OnceCell;

// ANCHOR: take_while_borrowed
fn main() {
    let mut token = OnceCell::new();
    let value: &String = token.get_or_init(|| String::from("secret-1"));
    token.take(); // emptying the cell needs `&mut self`...
    println!("{value}"); // ...while `value` still borrows from it
}
// ANCHOR_END: take_while_borrowed
