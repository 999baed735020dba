use std::sync::{RwLock, RwLockWriteGuard};
use std::thread;

// ANCHOR: downgrade
fn main() {
    let report = RwLock::new(String::new());

    let mut writer = report.write().unwrap();
    writer.push_str("totals: 42");
    // Trade the write lock for a read lock without ever letting go of the lock.
    let reader = RwLockWriteGuard::downgrade(writer);

    thread::scope(|scope| {
        scope.spawn(|| {
            println!("another reader gets in: {}", report.try_read().is_ok());
            println!("a writer does not:      {}", report.try_write().is_err());
        });
    });
    println!("still what we wrote: {}", *reader);
}
// ANCHOR_END: downgrade
