use parking_lot::Mutex;
use std::thread;

// ANCHOR: parking_lot_guard_to_thread
fn main() {
    let jobs = Mutex::new(vec!["backup"]);
    let mut guard = jobs.lock();
    guard.push("deploy");
    thread::scope(|scope| {
        scope.spawn(move || {
            guard.push("report");
        });
    });
    println!("{:?}", *jobs.lock());
}
// ANCHOR_END: parking_lot_guard_to_thread
