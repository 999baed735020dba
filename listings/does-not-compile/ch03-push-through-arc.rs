use std::sync::Arc;

// ANCHOR: push_through_arc
fn main() {
    let mut names = Arc::new(vec![String::from("ada")]);
    let reader = Arc::clone(&names);
    names.push(String::from("grace")); // needs `&mut Vec<String>`
    names = Arc::new(Vec::new()); // what `mut` allows: pointing at another `Arc`
    println!("{reader:?} {names:?}");
}
// ANCHOR_END: push_through_arc
