use std::cell::Cell;
use std::sync::Mutex;
use std::thread;

// ANCHOR: mutex_of_cell
fn main() {
    // `Mutex<T>` is `Sync` when `T: Send`; a `Cell` is `Send`.
    let hits = Mutex::new(Cell::new(0));
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let cell = hits.lock().unwrap(); // one thread at a time
                cell.set(cell.get() + 1);
            });
        }
    });
    println!("hits: {}", hits.lock().unwrap().get());
}
// ANCHOR_END: mutex_of_cell
