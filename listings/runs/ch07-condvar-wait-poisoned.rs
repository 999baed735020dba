use std::panic;
use std::sync::{Condvar, Mutex};
use std::thread;

// ANCHOR: condvar_wait_poisoned
fn main() {
    // Report panics on stdout, so that the whole story is in one place.
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));
    let ready = Mutex::new(false);
    let changed = Condvar::new();
    let waiting = ready.lock().unwrap(); // held until `wait_while` releases it
    thread::scope(|scope| {
        let worker = scope.spawn(|| {
            let mut ready = ready.lock().unwrap(); // gets in once main is waiting
            *ready = true;
            changed.notify_one();
            panic!("the worker fails while it holds the lock"); // poisons the mutex
        });
        // `wait_while` re-locks the mutex before it returns, so it sees the poison.
        match changed.wait_while(waiting, |ready| !*ready) {
            Ok(_) => println!("wait_while: Ok"),
            Err(poisoned) => {
                let ready = poisoned.into_inner(); // the guard, for a recovery
                println!("wait_while: Err (poisoned), ready = {}", *ready);
            }
        }
        println!("worker panicked: {}", worker.join().is_err());
    });
}
// ANCHOR_END: condvar_wait_poisoned
