// ANCHOR: mutable_then_shared
fn main() {
    let mut scores = vec![30, 10, 20];
    let sorter = &mut scores; // an exclusive borrow starts here
    let count = scores.len(); // a shared borrow while `sorter` is alive
    sorter.sort();
    println!("{count} scores");
}
// ANCHOR_END: mutable_then_shared
