// Under `--cfg loom` (the models in tests/loom), loom's atomics, spin hint
// and `UnsafeCell` take the place of std's, so that loom sees every access.
#[cfg(loom)]
use loom::{
    cell::UnsafeCell,
    hint::spin_loop,
    sync::atomic::{AtomicBool, Ordering},
};
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::thread;
#[cfg(not(loom))]
use std::{
    hint::spin_loop,
    sync::atomic::{AtomicBool, Ordering},
};
#[cfg(not(loom))]
use unsafe_cell::UnsafeCell;

// ANCHOR: loom_cell
/// std's `UnsafeCell` with the API of loom's: it lends its raw pointer to a
/// closure, `with` for reading and `with_mut` for writing, so that under loom
/// every access is recorded and checked against the other threads'.
#[cfg(not(loom))]
mod unsafe_cell {
    pub struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

    impl<T> UnsafeCell<T> {
        pub const fn new(value: T) -> Self {
            UnsafeCell(std::cell::UnsafeCell::new(value))
        }

        pub fn with<R>(&self, f: impl FnOnce(*const T) -> R) -> R {
            f(self.0.get())
        }

        pub fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
            f(self.0.get())
        }
    }
}
// ANCHOR_END: loom_cell

// ANCHOR: guard
/// Step 3 of `SpinMutex`: `lock` returns a guard; dropping it unlocks.
pub struct SpinMutex<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the lock lets one thread at a time reach the value, so sharing a
// `&SpinMutex<T>` shares no `&T` between threads; but the value is handed
// from thread to thread, which is sound only if `T: Send`.
unsafe impl<T: Send> Sync for SpinMutex<T> {}

/// Proof that its owner holds the lock.
pub struct SpinGuard<'a, T> {
    lock: &'a SpinMutex<T>,
    /// Makes the guard `Send` and `Sync` exactly when a `&mut T` would be.
    _like: PhantomData<&'a mut T>,
}

impl<T> SpinMutex<T> {
    pub fn new(value: T) -> Self {
        SpinMutex {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    pub fn lock(&self) -> SpinGuard<'_, T> {
        while self
            .locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            spin_loop();
        }
        SpinGuard {
            lock: self,
            _like: PhantomData,
        }
    }
}

impl<T> Deref for SpinGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: a guard exists only while its thread holds the lock, so it
        // is the only one; Acquire in `lock` made the last holder's writes
        // visible. The `&T` borrows the guard, so it ends before the unlock.
        self.lock.value.with(|ptr| unsafe { &*ptr })
    }
}

impl<T> DerefMut for SpinGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` also makes this the only
        // reference the guard lends.
        self.lock.value.with_mut(|ptr| unsafe { &mut *ptr })
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    fn drop(&mut self) {
        // Release publishes this holder's writes to the next one.
        self.lock.locked.store(false, Ordering::Release);
    }
}
// ANCHOR_END: guard

// ANCHOR: use_guard
fn main() {
    let total = SpinMutex::new(0);
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    *total.lock() += 1;
                }
            });
        }
    });
    println!("total = {}", *total.lock());
}
// ANCHOR_END: use_guard
