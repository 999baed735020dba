use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::Duration;

// ANCHOR: wait_timeout
fn main() {
    let done = Mutex::new(false);
    let changed = Condvar::new();

    // Nobody sets the flag, so nothing but the time limit can end this wait.
    let guard = done.lock().unwrap();
    // allow-timing: the flag is never set, so only the time limit ends the wait
    let (guard, result) = changed
        .wait_timeout_while(guard, Duration::from_millis(10), |done| !*done)
        .unwrap();
    println!(
        "nobody sets it: timed_out() = {}, done = {}",
        result.timed_out(),
        *guard
    );
    drop(guard);

    // A waiter that wakes up now and then, and goes on once the flag is set.
    thread::scope(|scope| {
        scope.spawn(|| {
            *done.lock().unwrap() = true;
            changed.notify_one();
        });
        let mut guard = done.lock().unwrap();
        while !*guard {
            // allow-timing: a time limit only starts another round of the loop;
            // the flag, checked under the lock, decides when it ends
            let (next, _result) = changed
                .wait_timeout(guard, Duration::from_millis(1))
                .unwrap();
            guard = next;
            // (periodic work, such as checking for a shutdown request, goes here)
        }
        println!("a worker sets it: done = {}", *guard);
    });
}
// ANCHOR_END: wait_timeout
