use std::cell::{Cell, OnceCell, RefCell};
use std::sync::Mutex;

// ANCHOR: tour
fn main() {
    // 1. Never hand out a reference: copy values in and out.
    let hits = Cell::new(0);
    hits.set(hits.get() + 1);

    // 2. Count borrows at run time and refuse a conflicting one.
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push("started");

    // 3. Lock: one thread at a time gets access, the others wait.
    let queue = Mutex::new(vec![1, 2]);
    queue.lock().unwrap().push(3);

    // 4. Mutable only once: the first write wins, the value never changes again.
    let config = OnceCell::new();
    let name = config.get_or_init(|| "production");

    // Every binding above is immutable: no `let mut` anywhere.
    println!("hits = {}", hits.get());
    println!("log = {:?}", log.borrow());
    println!("queue = {:?}", queue.lock().unwrap());
    println!("config = {name}");
}
// ANCHOR_END: tour
