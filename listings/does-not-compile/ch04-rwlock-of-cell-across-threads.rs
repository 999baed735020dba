use std::cell::Cell;
use std::sync::RwLock;
use std::thread;

// ANCHOR: rwlock_of_cell
fn main() {
    let hits = RwLock::new(Cell::new(0));
    thread::scope(|scope| {
        // Two readers could call `set` on the same `Cell` at the same time.
        scope.spawn(|| hits.read().unwrap().set(1));
    });
    println!("{}", hits.read().unwrap().get());
}
// ANCHOR_END: rwlock_of_cell
