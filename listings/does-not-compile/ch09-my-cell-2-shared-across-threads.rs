use std::cell::UnsafeCell;
use std::thread;

pub struct MyCell<T> {
    value: UnsafeCell<T>,
}

impl<T> MyCell<T> {
    pub const fn new(value: T) -> Self {
        MyCell {
            value: UnsafeCell::new(value),
        }
    }

    pub fn replace(&self, value: T) -> T {
        // SAFETY: no reference into the cell exists: `MyCell` never hands one
        // out, and it is not `Sync`, so no other thread is inside a method of
        // this cell. The `&mut` lives only inside `mem::replace`.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    pub fn set(&self, value: T) {
        drop(self.replace(value));
    }
}

impl<T: Copy> MyCell<T> {
    pub fn get(&self) -> T {
        // SAFETY: as in `replace`, nothing else touches the cell meanwhile.
        unsafe { *self.value.get() }
    }
}

// ANCHOR: shared_across_threads
fn main() {
    let hits = MyCell::new(0);
    thread::scope(|scope| {
        scope.spawn(|| hits.set(hits.get() + 1));
        hits.set(hits.get() + 1);
    });
    println!("hits = {}", hits.get());
}
// ANCHOR_END: shared_across_threads
