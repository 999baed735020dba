use std::sync::{Barrier, Mutex, TryLockError};
use std::thread;

// ANCHOR: try_lock
fn describe(printer: &Mutex<Vec<&str>>) -> String {
    match printer.try_lock() {
        Ok(queue) => format!("got the lock, {} job(s) queued", queue.len()),
        Err(TryLockError::WouldBlock) => "busy: another thread holds the lock".to_string(),
        Err(TryLockError::Poisoned(_)) => "poisoned".to_string(),
    }
}

fn main() {
    let printer = Mutex::new(vec!["report.pdf"]);
    let locked = Barrier::new(2);
    let may_unlock = Barrier::new(2);

    thread::scope(|scope| {
        scope.spawn(|| {
            let guard = printer.lock().unwrap();
            locked.wait(); // tell main that the lock is held
            may_unlock.wait(); // hold it until main has tried
            drop(guard);
        });
        locked.wait();
        println!("while the thread holds it: {}", describe(&printer));
        may_unlock.wait();
    }); // the thread has dropped its guard and ended here
    println!("after the thread ended:    {}", describe(&printer));
}
// ANCHOR_END: try_lock
