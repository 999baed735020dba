use std::cell::{Cell, UnsafeCell};
use std::ops::{Deref, DerefMut};

// ANCHOR: guard
/// Hands out `&mut T` to one caller at a time; a second caller gets `None`.
struct OneAtATime<T> {
    taken: Cell<bool>,
    value: UnsafeCell<T>,
}

/// Proof that its holder is the one caller: access lasts as long as it does.
struct Guard<'a, T> {
    owner: &'a OneAtATime<T>,
}

impl<T> OneAtATime<T> {
    fn new(value: T) -> Self {
        OneAtATime {
            taken: Cell::new(false),
            value: UnsafeCell::new(value),
        }
    }

    fn take(&self) -> Option<Guard<'_, T>> {
        if self.taken.replace(true) {
            return None; // someone holds a guard already
        }
        Some(Guard { owner: self })
    }
}

impl<T> Deref for Guard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: `taken` is true while this guard lives, so no other guard
        // and no other reference to the value exist.
        unsafe { &*self.owner.value.get() }
    }
}

impl<T> DerefMut for Guard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` also makes this the only
        // reference derived from this guard.
        unsafe { &mut *self.owner.value.get() }
    }
}

impl<T> Drop for Guard<'_, T> {
    fn drop(&mut self) {
        self.owner.taken.set(false); // access ends with the guard
    }
}

fn main() {
    let names = OneAtATime::new(vec!["ada"]);
    let mut first = names.take().expect("nobody holds it yet");
    first.push("grace");
    println!(
        "second take while the first guard lives: {:?}",
        names.take().map(|g| g.len())
    );
    drop(first);
    println!(
        "after the first guard is dropped: {:?}",
        names.take().as_deref()
    );
}
// ANCHOR_END: guard
