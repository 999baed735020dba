use std::sync::{Barrier, RwLock, TryLockError};
use std::thread;

/// Spins until a new reader is refused: on Linux, std's futex `RwLock` refuses
/// new readers once a writer waits, so this observes the queued writer.
fn wait_until_a_writer_queues(lock: &RwLock<u32>) {
    while !matches!(lock.try_read(), Err(TryLockError::WouldBlock)) {
        thread::yield_now();
    }
}

// ANCHOR: read_guards_opposite_order
fn main() {
    let left = RwLock::new(1);
    let right = RwLock::new(2);
    let both_reading = Barrier::new(3); // two readers and main
    let writers_queued = Barrier::new(3);

    thread::scope(|scope| {
        // Reader A reads `left`, then `right`; reader B the other way round.
        for (first, second) in [(&left, &right), (&right, &left)] {
            let (both_reading, writers_queued) = (&both_reading, &writers_queued);
            scope.spawn(move || {
                let held = first.read().unwrap();
                both_reading.wait();
                writers_queued.wait();
                let other = second.read().unwrap(); // queues behind a writer
                *held + *other
            });
        }
        both_reading.wait();
        // One writer for each lock; each waits for the reader that holds it.
        scope.spawn(|| *left.write().unwrap() += 1);
        scope.spawn(|| *right.write().unwrap() += 1);
        wait_until_a_writer_queues(&left);
        wait_until_a_writer_queues(&right);
        println!("each reader holds one lock, a writer waits on each lock");
        println!("each reader now asks to read the other lock");
        writers_queued.wait();
    }); // the four threads wait for each other in a circle
    println!("never printed");
}
// ANCHOR_END: read_guards_opposite_order
