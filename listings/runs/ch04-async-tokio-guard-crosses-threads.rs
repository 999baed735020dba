use std::thread;
use tokio::sync::Mutex;

// ANCHOR: tokio_guard_send
fn main() {
    let jobs = Mutex::new(vec!["backup"]);
    // `try_lock` needs no runtime; the guard is `Send` because `Vec<&str>` is.
    let mut guard = jobs.try_lock().unwrap();
    guard.push("deploy");
    thread::scope(|scope| {
        scope.spawn(move || {
            guard.push("report"); // the guard moved into this thread...
            drop(guard); // ...and this thread unlocks
        });
    });
    println!("{:?}", *jobs.try_lock().unwrap());
}
// ANCHOR_END: tokio_guard_send
