use std::panic;
use std::sync::{Arc, Mutex};
use std::thread;

// ANCHOR: recovery
fn main() {
    // Report panics on stdout, so that the whole story is in one place.
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));

    let balances = Arc::new(Mutex::new(vec![100, 100]));
    let worker = {
        let balances = Arc::clone(&balances);
        thread::spawn(move || {
            let mut balances = balances.lock().unwrap();
            balances[0] -= 30;
            panic!("network error before the deposit");
        })
    };
    assert!(worker.join().is_err());
    println!("poisoned: {}", balances.is_poisoned());

    // The error still carries the guard: look at the data and repair it.
    match balances.lock() {
        Ok(_) => println!("not poisoned after all"),
        Err(poisoned) => {
            let mut guard = poisoned.into_inner();
            println!("found {guard:?}, putting the 30 back");
            guard[0] += 30;
        }
    }

    balances.clear_poison(); // the data is consistent again: say so
    println!("poisoned: {}", balances.is_poisoned());
    println!("balances: {:?}", balances.lock().unwrap());

    let owned = Arc::into_inner(balances).unwrap(); // the last handle
    println!("into_inner: {:?}", owned.into_inner().unwrap());
}
// ANCHOR_END: recovery
