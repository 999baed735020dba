use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::thread;

// ANCHOR: atomic_ptr_init_once
static TABLE: AtomicPtr<Vec<u64>> = AtomicPtr::new(ptr::null_mut());

/// Builds the table on first use; a thread that loses the race frees its copy.
fn table() -> &'static Vec<u64> {
    let mut current = TABLE.load(Ordering::Acquire);
    if current.is_null() {
        let mine = Box::into_raw(Box::new((1..=5).map(|n| n * n).collect()));
        // One shot, so the strong version: a spurious failure would leave
        // TABLE null while this thread throws away a good table.
        match TABLE.compare_exchange(ptr::null_mut(), mine, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => current = mine,
            Err(winner) => {
                // SAFETY: `mine` came from `Box::into_raw` and was never shared.
                drop(unsafe { Box::from_raw(mine) });
                current = winner;
            }
        }
    }
    // SAFETY: a non-null TABLE points to a table built before its Release
    // (the AcqRel exchange), which this thread's Acquire has seen. It is
    // never freed until `main` takes it back after joining every thread.
    unsafe { &*current }
}

fn main() {
    let addresses: Vec<usize> = thread::scope(|scope| {
        let users: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| ptr::from_ref(table()).addr()))
            .collect();
        users.into_iter().map(|u| u.join().unwrap()).collect()
    });
    let same = addresses.iter().all(|&a| a == addresses[0]);
    println!("4 threads, one table: {same}");
    println!("table: {:?}", table());

    let last = TABLE.swap(ptr::null_mut(), Ordering::Acquire);
    // SAFETY: every thread has been joined and no `&'static` from `table()`
    // is used after this line, so this is the only pointer to the table.
    // (`table()`'s `'static` is a promise that only this end of `main` may
    // break; a library would leave the table alone, as `OnceLock` does.)
    drop(unsafe { Box::from_raw(last) });
}
// ANCHOR_END: atomic_ptr_init_once
