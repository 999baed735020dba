use std::cell::RefCell;

// ANCHOR: push_through_shared_guard
fn main() {
    let names = RefCell::new(vec![String::from("ada")]);
    let view = names.borrow(); // a `Ref`: shared access only
    view.push(String::from("grace"));
    println!("{view:?}");
}
// ANCHOR_END: push_through_shared_guard
