use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: priority_policy
/// Polls until a newly arriving reader is refused, giving up after ten seconds.
// allow-timing: the deadline only ends a poll that never saw a refusal; a
// "refused" verdict is an observed `try_read` failure, not a measured time.
fn verdict(new_reader_gets_in: impl Fn() -> bool) -> &'static str {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if !new_reader_gets_in() {
            return "refused: the waiting writer goes first";
        }
        thread::yield_now();
    }
    "let in: new readers overtake the waiting writer"
}

fn std_lock() -> &'static str {
    let lock = std::sync::RwLock::new(0);
    let reader = lock.read().unwrap();
    thread::scope(|scope| {
        scope.spawn(|| *lock.write().unwrap() += 1); // waits for `reader`
        let answer = verdict(|| lock.try_read().is_ok());
        drop(reader); // now the writer can finish
        answer
    })
}

fn parking_lot_lock() -> &'static str {
    let lock = parking_lot::RwLock::new(0);
    let reader = lock.read();
    thread::scope(|scope| {
        scope.spawn(|| *lock.write() += 1);
        let answer = verdict(|| lock.try_read().is_some());
        drop(reader);
        answer
    })
}

fn main() {
    println!("std::sync::RwLock (this platform): {}", std_lock());
    println!("parking_lot::RwLock (documented):  {}", parking_lot_lock());
}
// ANCHOR_END: priority_policy
