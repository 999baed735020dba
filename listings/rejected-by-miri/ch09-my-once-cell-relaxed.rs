// Under `--cfg loom` (the models in tests/loom), loom's atomics, spin hint
// and `UnsafeCell` take the place of std's. Loom checks each access while its
// `with`/`with_mut` closure runs; a `&T` that `get` returns is read later,
// unchecked (sound because nothing writes the value after DONE).
#[cfg(loom)]
use loom::{
    cell::UnsafeCell,
    hint::spin_loop,
    sync::atomic::{AtomicU8, Ordering},
};
use std::sync::atomic::AtomicUsize;
use std::thread;
#[cfg(not(loom))]
use std::{
    hint::spin_loop,
    sync::atomic::{AtomicU8, Ordering},
};
#[cfg(not(loom))]
use unsafe_cell::UnsafeCell;

/// std's `UnsafeCell` with the API of loom's: it lends its raw pointer to a
/// closure, `with` for reading and `with_mut` for writing; under loom, the
/// time inside the closure is checked against the other threads' accesses.
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

/// The step 2 `MyOnceLock` with DONE stored `Relaxed`: broken.
pub struct MyOnceLock<T> {
    state: AtomicU8,
    value: UnsafeCell<Option<T>>,
}

const EMPTY: u8 = 0; // nobody has started
const RUNNING: u8 = 1; // one thread is running `init`
const DONE: u8 = 2; // the value is there, for good

// SAFETY: threads that share a `&MyOnceLock<T>` share `&T`s, so `T: Sync`;
// the value is made on whichever thread wins and dropped on whichever drops
// the lock, so `T: Send`.
unsafe impl<T: Send + Sync> Sync for MyOnceLock<T> {}

impl<T> MyOnceLock<T> {
    pub fn new() -> Self {
        MyOnceLock {
            state: AtomicU8::new(EMPTY),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) != DONE {
            return None;
        }
        // SAFETY: broken. Our Acquire load saw DONE, but DONE was stored
        // without Release, so nothing orders the write of the value before
        // this read: they are a data race.
        self.value.with(|ptr| unsafe { (*ptr).as_ref() })
    }

    // ANCHOR: relaxed_done
    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        let won = self
            .state
            .compare_exchange(EMPTY, RUNNING, Ordering::Acquire, Ordering::Acquire)
            .is_ok();
        if won {
            let value = init();
            // SAFETY: only the one thread that moved the state from EMPTY to
            // RUNNING gets here, and no reader looks at the value before DONE.
            self.value.with_mut(|ptr| unsafe { *ptr = Some(value) });
            // BROKEN: Relaxed does not publish the value written above.
            self.state.store(DONE, Ordering::Relaxed);
        }
        loop {
            if let Some(value) = self.get() {
                return value;
            }
            spin_loop(); // another thread is running `init`: wait for DONE
        }
    }
    // ANCHOR_END: relaxed_done
}

impl<T> Default for MyOnceLock<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn main() {
    let config = MyOnceLock::new();
    let builds = AtomicUsize::new(0);
    let seen: Vec<String> = thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    config
                        .get_or_init(|| {
                            builds.fetch_add(1, Ordering::Relaxed);
                            String::from("port=8080")
                        })
                        .clone()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    println!("the four threads saw {seen:?}");
    println!("init ran {} time(s)", builds.into_inner());
}
