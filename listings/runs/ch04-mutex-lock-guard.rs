use std::sync::{LockResult, Mutex, MutexGuard};

// ANCHOR: lock_guard
fn main() {
    let counter = Mutex::new(0_u32);

    let result: LockResult<MutexGuard<'_, u32>> = counter.lock();
    let mut guard = result.unwrap();
    *guard += 1; // `DerefMut`: a `&mut u32` for as long as the guard lives
    println!("value through the guard: {}", *guard); // `Deref`: a `&u32`
    println!(
        "locked while the guard lives: {}",
        counter.try_lock().is_err()
    );

    drop(guard); // the guard's `Drop` unlocks the mutex
    println!("locked after the drop: {}", counter.try_lock().is_err());

    *counter.lock().unwrap() += 1; // a temporary guard, dropped at the `;`
    println!("value now: {}", counter.lock().unwrap());
}
// ANCHOR_END: lock_guard
