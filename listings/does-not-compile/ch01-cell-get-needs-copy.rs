use std::cell::Cell;

// ANCHOR: get_needs_copy
fn main() {
    let title = Cell::new(String::from("Interior mutability"));
    let copy = title.get(); // `get` copies, and `String` is not `Copy`
    println!("{copy}");
}
// ANCHOR_END: get_needs_copy
