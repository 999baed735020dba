use std::panic;
use std::sync::{Mutex, PoisonError};
use std::thread;

// ANCHOR: if_let_ok
/// Looks careful, but once the lock is poisoned every call does nothing.
fn record_visit(visits: &Mutex<u32>) {
    if let Ok(mut count) = visits.lock() {
        *count += 1;
    } // an `Err` lands here, and nobody hears of it
}

/// Says what to do with a poisoned lock: here, carry on with the data.
fn record_visit_anyway(visits: &Mutex<u32>) {
    let mut count = visits.lock().unwrap_or_else(PoisonError::into_inner);
    *count += 1;
}

fn main() {
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));
    let visits = Mutex::new(0);
    record_visit(&visits);

    let worker = thread::scope(|scope| {
        scope
            .spawn(|| {
                let _count = visits.lock().unwrap();
                panic!("crashed while holding the lock");
            })
            .join()
    });
    assert!(worker.is_err());

    for _ in 0..3 {
        record_visit(&visits);
    }
    let seen = *visits.lock().unwrap_or_else(PoisonError::into_inner);
    println!("after 1 + 3 calls of record_visit: {seen} visit(s)");

    record_visit_anyway(&visits);
    let seen = *visits.lock().unwrap_or_else(PoisonError::into_inner);
    println!("after 1 call of record_visit_anyway: {seen} visit(s)");
}
// ANCHOR_END: if_let_ok
