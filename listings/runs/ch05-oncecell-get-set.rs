use std::cell::OnceCell;

// ANCHOR: get_set
fn main() {
    let owner_name: OnceCell<String> = OnceCell::new();
    println!("before: {:?}", owner_name.get()); // empty: `None`

    let first = owner_name.set(String::from("Ada")); // `&self` is enough
    println!("first set: {first:?}");

    let held: &String = owner_name.get().unwrap(); // a plain reference...
    let second = owner_name.set(String::from("Grace")); // ...stays valid:
    println!("second set: {second:?}"); // the full cell refuses, and returns the value
    println!("held: {held}");
}
// ANCHOR_END: get_set
