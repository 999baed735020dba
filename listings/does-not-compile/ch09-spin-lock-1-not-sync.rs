use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

// ANCHOR: not_sync
/// Step 1 of `SpinMutex`: a flag that says "taken", beside the value.
pub struct SpinMutex<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

impl<T> SpinMutex<T> {
    pub const fn new(value: T) -> Self {
        SpinMutex {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// Runs `f` on the value while holding the lock.
    pub fn with_lock<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // Take the lock: only one thread can switch the flag from false to true.
        while self
            .locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            std::hint::spin_loop();
        }
        // SAFETY: this thread switched `locked` from false to true, so it
        // alone holds the lock until the `store` below; Acquire made the last
        // holder's writes visible. The `&mut` cannot escape `f`.
        let result = f(unsafe { &mut *self.value.get() });
        // Give the lock back; Release publishes our writes to the next holder.
        self.locked.store(false, Ordering::Release);
        result
    }
}

fn main() {
    let total = SpinMutex::new(0);
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    total.with_lock(|n| *n += 1);
                }
            });
        }
    });
    println!("total = {}", total.with_lock(|n| *n));
}
// ANCHOR_END: not_sync
