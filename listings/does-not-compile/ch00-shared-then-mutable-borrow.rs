// ANCHOR: shared_then_mutable
fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &scores[0]; // a shared borrow of `scores` starts here
    scores.push(40); // `push` needs `&mut scores` while `first` is alive
    println!("first score: {first}"); // ...and `first` is used here
}
// ANCHOR_END: shared_then_mutable
