use std::sync::mpsc;
use std::sync::{RwLock, RwLockWriteGuard, TryLockError};
use std::thread;

/// Spins until a new reader is refused: on Linux, std's futex `RwLock` refuses
/// new readers once a writer waits, so this observes the waiting writer.
fn wait_until_a_writer_queues(lock: &RwLock<String>) {
    while !matches!(lock.try_read(), Err(TryLockError::WouldBlock)) {
        thread::yield_now();
    }
}

// ANCHOR: downgrade
fn main() {
    let report = &RwLock::new(String::new());

    thread::scope(|scope| {
        // Drop, then read: a gap in which another writer may get in.
        let mut writer = report.write().unwrap();
        *writer = "totals: 42".to_string();
        let (done, finished) = mpsc::channel();
        scope.spawn(move || {
            *report.write().unwrap() = "overwritten".to_string();
            done.send(()).unwrap();
        });
        drop(writer);
        finished.recv().unwrap(); // let the other writer use the gap
        println!("drop, then read: {}", *report.read().unwrap());
    });

    thread::scope(|scope| {
        // Downgrade: the lock is never released, so no writer gets in.
        let mut writer = report.write().unwrap();
        *writer = "totals: 42".to_string();
        scope.spawn(move || *report.write().unwrap() = "overwritten".to_string());
        let reader = RwLockWriteGuard::downgrade(writer);
        wait_until_a_writer_queues(report); // the other writer is waiting now
        println!("downgrade:       {}", *reader);
        drop(reader); // only now can the other writer go
    });
    println!("after the reader left: {}", *report.read().unwrap());
}
// ANCHOR_END: downgrade
