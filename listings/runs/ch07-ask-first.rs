use std::cell::{OnceCell, RefCell};
use std::sync::{Mutex, RwLock};

// ANCHOR: ask_first
fn main() {
    let log = RefCell::new(vec!["start"]);
    let reading = log.borrow();
    match log.try_borrow_mut() {
        Ok(mut entries) => entries.push("never"),
        Err(error) => println!("RefCell::try_borrow_mut: {error}"), // not a panic
    }
    drop(reading);

    let queue = Mutex::new(vec![1]);
    let held = queue.lock().unwrap();
    match queue.try_lock() {
        Ok(mut jobs) => jobs.push(2),
        Err(error) => println!("Mutex::try_lock: {error}"), // not a deadlock
    }
    drop(held);

    let table = RwLock::new(vec![1]);
    let reader = table.read().unwrap();
    match table.try_write() {
        Ok(mut rows) => rows.push(2),
        Err(error) => println!("RwLock::try_write: {error}"), // not a deadlock
    }
    drop(reader);

    let id = OnceCell::new();
    id.set(7).unwrap();
    println!("OnceCell::set on a full cell: {:?}", id.set(8)); // the value comes back
}
// ANCHOR_END: ask_first
