use qcell::{QCell, QCellOwner};
use std::cell::{Cell, OnceCell, RefCell};
use std::sync::Mutex;

// ANCHOR: tour
fn main() {
    // 1. Never hand out a reference: copy values in and out.
    let hits = Cell::new(0);
    hits.set(hits.get() + 1);

    // 2. Count borrows at run time: `borrow_mut` lends through a guard, a `RefMut`.
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push("started");

    // 3. Lock: one thread at a time gets access, through a guard, a `MutexGuard`.
    let queue = Mutex::new(vec![1, 2]);
    queue.lock().unwrap().push(3);

    // 4. A separate owner token: the cell is shared, the `&mut` is the owner's.
    let mut owner = QCellOwner::new();
    let score = QCell::new(&owner, 10);
    let points: &mut i32 = owner.rw(&score); // a plain reference, no guard
    *points += 5;

    // 5. Mutable only once: the first write wins, the value never changes again.
    let config = OnceCell::new();
    let name: &String = config.get_or_init(|| "production".to_string()); // plain too

    // Only the token is `mut`; every value that changed sits behind a shared binding.
    println!("hits = {}", hits.get());
    println!("log = {:?}", log.borrow());
    println!("queue = {:?}", queue.lock().unwrap());
    println!("score = {}", score.ro(&owner));
    println!("config = {name}");
}
// ANCHOR_END: tour
