use std::cell::Cell;
use std::thread;

// ANCHOR: false_sync
/// A `Cell` with a false promise: `Sync`, so that two threads may share it.
struct Shared(Cell<u64>);

// SAFETY: none. This is the wrong promise the chapter warns about: `Cell`'s
// `get` and `set` are plain reads and writes, so two threads using one cell
// at once is a data race, which is undefined behaviour. Miri reports it.
unsafe impl Sync for Shared {}

impl Shared {
    fn bump(&self) {
        self.0.set(self.0.get() + 1); // a plain read, then a plain write
    }
}

fn main() {
    let hits = Shared(Cell::new(0));
    thread::scope(|s| {
        s.spawn(|| hits.bump());
        s.spawn(|| hits.bump());
    });
    println!("hits = {}", hits.0.get());
}
// ANCHOR_END: false_sync
