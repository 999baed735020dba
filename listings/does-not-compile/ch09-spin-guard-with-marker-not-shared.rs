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

/// The step 3 `SpinMutex`, its guard with the `PhantomData` marker.
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

/// `MyCell` from the start of this appendix: `Send`, not `Sync`.
pub struct MyCell<T> {
    value: std::cell::UnsafeCell<T>,
}

impl<T> MyCell<T> {
    pub const fn new(value: T) -> Self {
        MyCell {
            value: std::cell::UnsafeCell::new(value),
        }
    }

    pub fn replace(&self, value: T) -> T {
        // SAFETY: no reference into the cell exists: `MyCell` never hands one
        // out, and it is not `Sync`, so no other thread is inside a method of
        // this cell (unless a wrongly `Sync` guard lends it to two threads).
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    pub fn set(&self, value: T) {
        drop(self.replace(value));
    }
}

impl<T: Copy> MyCell<T> {
    pub fn get(&self) -> T {
        // SAFETY: as in `replace`.
        unsafe { *self.value.get() }
    }
}

// ANCHOR: guard_with_marker
fn main() {
    let flag = SpinMutex::new(MyCell::new(false));
    let guard = flag.lock();
    // With the marker, `SpinGuard<MyCell<bool>>` is not `Sync`.
    thread::scope(|scope| {
        scope.spawn(|| guard.set(true));
        guard.set(false);
    });
    println!("flag = {}", guard.get());
}
// ANCHOR_END: guard_with_marker
