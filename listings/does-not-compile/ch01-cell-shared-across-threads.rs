use std::cell::Cell;
use std::thread;

// ANCHOR: shared_across_threads
fn main() {
    let hits = Cell::new(0);
    thread::scope(|scope| {
        scope.spawn(|| hits.set(hits.get() + 1)); // `&Cell` sent to a thread
        scope.spawn(|| hits.set(hits.get() + 1));
    });
    println!("{}", hits.get());
}
// ANCHOR_END: shared_across_threads
