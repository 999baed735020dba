use std::cell::UnsafeCell;
use std::hint;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

// ANCHOR: spin_lock
/// A minimal spin lock: waiting threads burn CPU until the flag is clear.
pub struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: `with` lets one thread at a time reach `value`, so sharing a
// `SpinLock<T>` between threads only ever moves access to a `T` from one thread
// to another, which is sound when `T: Send`.
unsafe impl<T: Send> Sync for SpinLock<T> {}

impl<T> SpinLock<T> {
    pub const fn new(value: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// Runs `f` with exclusive access. (A panic in `f` would leave it locked.)
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // Acquire: see everything the previous holder wrote before its Release.
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            hint::spin_loop();
        }
        // SAFETY: this thread switched `locked` from false to true, and nobody
        // else touches `value` until it stores false again below, so this
        // `&mut T` is the only reference to the value while `f` runs.
        let result = f(unsafe { &mut *self.value.get() });
        self.locked.store(false, Ordering::Release); // publish our writes
        result
    }
}

fn main() {
    let counter = SpinLock::new(0_u64);
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..10_000 {
                    counter.with(|count| *count += 1);
                }
            });
        }
    });
    println!("count: {}", counter.with(|count| *count));
}
// ANCHOR_END: spin_lock
