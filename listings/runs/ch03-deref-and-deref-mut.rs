use std::cell::RefCell;
use std::sync::{Arc, Mutex, RwLock};

// ANCHOR: deref_and_deref_mut
fn main() {
    let mut boxed = Box::new(vec![1]);
    boxed.push(2); // Box: DerefMut, given `mut` on the binding

    let shared = Arc::new(vec![1]);
    let len = shared.len(); // Arc: Deref only; `&self` methods work

    let locked = Mutex::new(vec![1]);
    locked.lock().unwrap().push(2); // MutexGuard: DerefMut

    let table = RwLock::new(vec![1]);
    table.write().unwrap().push(2); // RwLockWriteGuard: DerefMut
    let rows = table.read().unwrap().len(); // RwLockReadGuard: Deref only

    let cell = RefCell::new(vec![1]);
    cell.borrow_mut().push(2); // RefMut: DerefMut
    let items = cell.borrow().len(); // Ref: Deref only

    println!(
        "box {boxed:?}, arc len {len}, mutex {:?}",
        locked.lock().unwrap()
    );
    println!("rwlock rows {rows}, refcell items {items}");
}
// ANCHOR_END: deref_and_deref_mut
