use std::sync::Mutex;
use std::thread;

// ANCHOR: guard_to_thread
fn main() {
    let total = Mutex::new(0);
    let mut guard = total.lock().unwrap();
    thread::scope(|scope| {
        // Lock here, unlock over there: not allowed.
        scope.spawn(move || *guard += 1);
    });
    println!("{}", total.lock().unwrap());
}
// ANCHOR_END: guard_to_thread
