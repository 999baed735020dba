//! loom runs two threads that race to initialise the appendix's `MyOnceLock`
//! in every interleaving the memory model allows: `init` runs once and both
//! see its value; with a Relaxed store of DONE loom reports the data race.
#![cfg(loom)]

use loom::sync::Arc;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::thread;

// The listings are whole programs; their `main` is not used here.
#[allow(dead_code)]
#[path = "../../../listings/runs/ch09-my-once-cell-2-thread-safe.rs"]
mod once_lock;

#[allow(dead_code)]
#[path = "../../../listings/rejected-by-miri/ch09-my-once-cell-relaxed.rs"]
mod once_lock_relaxed;

/// Two threads call `get_or_init` on one cell of the given listing.
macro_rules! race_to_init {
    ($listing:ident) => {
        loom::model(|| {
            let cell = Arc::new($listing::MyOnceLock::new());
            let builds = Arc::new(AtomicUsize::new(0));
            let init = |builds: &AtomicUsize| {
                builds.fetch_add(1, Ordering::Relaxed);
                7
            };
            let racer = {
                let (cell, builds) = (Arc::clone(&cell), Arc::clone(&builds));
                thread::spawn(move || *cell.get_or_init(|| init(&builds)))
            };
            let here = *cell.get_or_init(|| init(&builds));
            assert_eq!(here, 7);
            assert_eq!(racer.join().unwrap(), 7);
            assert_eq!(builds.load(Ordering::Relaxed), 1);
            assert_eq!(cell.get(), Some(&7));
        })
    };
}

#[test]
fn init_runs_once_and_both_threads_see_its_value() {
    race_to_init!(once_lock);
}

#[test]
#[should_panic(expected = "Causality violation")]
fn relaxed_done_is_a_data_race() {
    race_to_init!(once_lock_relaxed);
}
