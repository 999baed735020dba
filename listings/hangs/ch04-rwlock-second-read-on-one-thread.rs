use std::sync::{RwLock, TryLockError};
use std::thread;

// ANCHOR: second_read
fn main() {
    let settings = RwLock::new(String::from("dark"));
    thread::scope(|scope| {
        let first = settings.read().unwrap();
        scope.spawn(|| settings.write().unwrap().push_str("-blue")); // waits for `first`
        // On Linux, `try_read` is refused once the writer waits: spin until then.
        while !matches!(settings.try_read(), Err(TryLockError::WouldBlock)) {
            thread::yield_now();
        }
        println!("holding a read guard on {}; a writer is waiting", *first);
        println!("this thread asks for a second read guard");
        let second = settings.read().unwrap(); // queues behind the writer
        println!("never printed: {}", *second);
    });
}
// ANCHOR_END: second_read
