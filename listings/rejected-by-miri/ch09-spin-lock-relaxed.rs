// Under `--cfg loom` (the models in tests/loom), loom's atomics, spin hint
// and `UnsafeCell` take the place of std's. The guard holds loom's tracked
// `MutPtr` from `lock` until the unlock, so loom checks every access made
// through the guard, not only the moment the guard was made.
#[cfg(loom)]
use loom::{
    cell::{MutPtr, UnsafeCell},
    hint::spin_loop,
    sync::atomic::{AtomicBool, Ordering},
};
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::thread;
#[cfg(not(loom))]
use std::{
    hint::spin_loop,
    sync::atomic::{AtomicBool, Ordering},
};
#[cfg(not(loom))]
use unsafe_cell::{MutPtr, UnsafeCell};

/// std's `UnsafeCell` behind the part of loom's API this lock uses. Loom's
/// `get_mut` takes `&self` and returns a `MutPtr`: a `*mut T` that, under
/// loom, marks the value as being written for as long as it lives. `with`
/// lends the raw pointer to a closure.
#[cfg(not(loom))]
mod unsafe_cell {
    pub struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

    pub struct MutPtr<T>(*mut T);

    impl<T> UnsafeCell<T> {
        pub const fn new(value: T) -> Self {
            UnsafeCell(std::cell::UnsafeCell::new(value))
        }

        pub fn get_mut(&self) -> MutPtr<T> {
            MutPtr(self.0.get())
        }
    }

    impl<T> MutPtr<T> {
        pub fn with<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
            f(self.0)
        }
    }
}

/// The step 3 `SpinMutex` with its two orderings weakened to `Relaxed`: broken.
pub struct SpinMutex<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the lock lets one thread at a time reach the value, so sharing a
// `&SpinMutex<T>` shares no `&T` between threads; but the value is handed
// from thread to thread, which is sound only if `T: Send`.
unsafe impl<T: Send> Sync for SpinMutex<T> {}

/// Proof that its owner holds the lock, and the holder's access to the value.
pub struct SpinGuard<'a, T> {
    lock: &'a SpinMutex<T>,
    /// Lives from `lock` until the unlock (under loom, the value counts as
    /// being written all that time); dropped by hand, just before the unlock.
    value: ManuallyDrop<MutPtr<T>>,
}

// SAFETY: a shared `&SpinGuard` lends `&T` through `deref` to every thread
// that has it, so sharing the guard shares `&T`: sound exactly when
// `T: Sync`. (The raw pointer inside makes the guard neither `Send` nor
// `Sync` unless we say so; it stays not `Send`, like std's `MutexGuard`.)
unsafe impl<T: Sync> Sync for SpinGuard<'_, T> {}

impl<T> SpinMutex<T> {
    pub fn new(value: T) -> Self {
        SpinMutex {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }
}

// ANCHOR: relaxed
impl<T> SpinMutex<T> {
    pub fn lock(&self) -> SpinGuard<'_, T> {
        while self
            .locked
            // BROKEN: Relaxed does not make the last holder's writes visible.
            .compare_exchange(false, true, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
        {
            // Test, then test-and-set: wait with plain loads, which leave the
            // flag's cache line shared, and try again once it reads `false`.
            while self.locked.load(Ordering::Relaxed) {
                spin_loop();
            }
        }
        SpinGuard {
            lock: self,
            value: ManuallyDrop::new(self.value.get_mut()),
        }
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    fn drop(&mut self) {
        // SAFETY: `value` is dropped once, here, and not used again: the
        // access ends (for loom as well) before the unlock below.
        unsafe { ManuallyDrop::drop(&mut self.value) };
        // BROKEN: Relaxed does not publish this holder's writes.
        self.lock.locked.store(false, Ordering::Relaxed);
    }
}
// ANCHOR_END: relaxed

impl<T> Deref for SpinGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: broken. A guard is the only one, but without Acquire and
        // Release nothing orders its accesses after the last holder's: two
        // threads' accesses to the value are a data race.
        self.value.with(|ptr| unsafe { &*ptr })
    }
}

impl<T> DerefMut for SpinGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: broken, as in `deref`.
        self.value.with(|ptr| unsafe { &mut *ptr })
    }
}

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
