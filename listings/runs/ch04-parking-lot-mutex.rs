use parking_lot::Mutex;
use std::panic;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

// ANCHOR: parking_lot_mutex
fn main() {
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));
    let balances = Arc::new(Mutex::new(vec![100, 100]));

    // `lock` returns the guard itself: there is no `Result` to unwrap.
    balances.lock()[1] += 5;

    // A panic releases the lock and poisons nothing.
    let worker = {
        let balances = Arc::clone(&balances);
        thread::spawn(move || {
            let mut balances = balances.lock();
            balances[0] -= 30;
            panic!("network error before the deposit");
        })
    };
    assert!(worker.join().is_err());
    println!("after the panic: {:?}", *balances.lock());

    // Waiting with a time limit.
    let held = Arc::new(Barrier::new(2));
    let holder = {
        let (balances, held) = (Arc::clone(&balances), Arc::clone(&held));
        thread::spawn(move || {
            let guard = balances.lock();
            held.wait(); // main may try now
            held.wait(); // main has tried
            drop(guard);
        })
    };
    held.wait();
    let attempt = balances.try_lock_for(Duration::from_millis(20));
    println!(
        "try_lock_for while another thread holds it: {}",
        attempt.is_some()
    );
    held.wait();
    holder.join().unwrap();
    println!(
        "try_lock_for afterwards: {}",
        balances.try_lock_for(Duration::from_millis(20)).is_some()
    );
}
// ANCHOR_END: parking_lot_mutex
