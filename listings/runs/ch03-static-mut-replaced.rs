use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

// ANCHOR: replaced
static REQUESTS: AtomicU64 = AtomicU64::new(0); // a number: an atomic
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new()); // anything else: a lock

fn handle(worker: usize) {
    REQUESTS.fetch_add(1, Ordering::Relaxed);
    LOG.lock()
        .unwrap()
        .push(format!("request from worker {worker}"));
}

fn main() {
    thread::scope(|scope| {
        for worker in 0..3 {
            scope.spawn(move || handle(worker));
        }
    });
    let mut log = LOG.lock().unwrap();
    log.sort(); // the workers ran in any order
    println!(
        "{} request(s): {:?}",
        REQUESTS.load(Ordering::Relaxed),
        *log
    );
}
// ANCHOR_END: replaced
