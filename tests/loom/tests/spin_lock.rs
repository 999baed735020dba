//! loom runs two threads that take the appendix's spin lock in every
//! interleaving the memory model allows: with Acquire and Release the lock
//! keeps them apart; with Relaxed orderings loom reports the data race.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;

// The listings are whole programs; their `main` is not used here.
#[allow(dead_code)]
#[path = "../../../listings/runs/ch09-spin-lock-3-guard.rs"]
mod spin_lock;

#[allow(dead_code)]
#[path = "../../../listings/rejected-by-miri/ch09-spin-lock-relaxed.rs"]
mod spin_lock_relaxed;

/// Two threads each add 1 twice under the lock of the given listing.
macro_rules! take_turns {
    ($listing:ident) => {
        loom::model(|| {
            let total = Arc::new($listing::SpinMutex::new(0));
            let other = Arc::clone(&total);
            let adder = thread::spawn(move || {
                *other.lock() += 1;
                *other.lock() += 1;
            });
            *total.lock() += 1;
            *total.lock() += 1;
            adder.join().unwrap();
            assert_eq!(*total.lock(), 4);
        })
    };
}

#[test]
fn two_threads_take_turns() {
    take_turns!(spin_lock);
}

#[test]
#[should_panic(expected = "Causality violation")]
fn relaxed_orderings_are_a_data_race() {
    take_turns!(spin_lock_relaxed);
}
