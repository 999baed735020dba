use std::sync::{Arc, Mutex};
use std::thread;

// ANCHOR: poisoned
fn main() {
    let balances = Arc::new(Mutex::new(vec![100, 100]));

    let worker = {
        let balances = Arc::clone(&balances);
        thread::Builder::new()
            .name("transfer".to_string())
            .spawn(move || {
                let mut balances = balances.lock().unwrap();
                balances[0] -= 30; // the money has left the first account...
                panic!("network error before the deposit");
            })
            .unwrap()
    };
    assert!(worker.join().is_err()); // the worker panicked while holding the lock

    let balances = balances.lock().unwrap(); // `Err(PoisonError)`, so this panics
    println!("balances: {balances:?}");
}
// ANCHOR_END: poisoned
