use std::cell::Cell;

// ANCHOR: exclusive_access
fn main() {
    let mut draft = Cell::new(String::from("hello"));

    // `&mut Cell<T>` proves nobody else can see the cell, so we may borrow
    // its inside directly: a plain `&mut String`, no copying.
    draft.get_mut().push_str(", world");

    // Owning the cell, we can also unwrap it.
    let text: String = draft.into_inner();
    println!("{text}");
}
// ANCHOR_END: exclusive_access
