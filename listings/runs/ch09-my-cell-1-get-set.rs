use std::cell::UnsafeCell;

// ANCHOR: my_cell
/// Step 1 of `MyCell`: values go in and out whole, never by reference.
pub struct MyCell<T> {
    value: UnsafeCell<T>,
}

impl<T> MyCell<T> {
    pub const fn new(value: T) -> Self {
        MyCell {
            value: UnsafeCell::new(value),
        }
    }

    /// Puts `value` in and returns the old one.
    pub fn replace(&self, value: T) -> T {
        // SAFETY: no reference into the cell exists: `MyCell` never hands one
        // out, and it is not `Sync`, so no other thread is inside a method of
        // this cell. The `&mut` lives only inside `mem::replace`, which runs
        // no code of ours or of `T`, so nothing can reach the cell meanwhile.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    /// Puts `value` in and drops the old one, after the cell is whole again.
    pub fn set(&self, value: T) {
        drop(self.replace(value));
    }
}

impl<T: Copy> MyCell<T> {
    /// Returns a copy of the value.
    pub fn get(&self) -> T {
        // SAFETY: as in `replace`, nothing else touches the cell while we
        // copy; copying a `Copy` type runs no code that could.
        unsafe { *self.value.get() }
    }
}
// ANCHOR_END: my_cell

// ANCHOR: use_my_cell
fn main() {
    let hits = MyCell::new(0);
    let (a, b) = (&hits, &hits); // two shared references to one cell
    a.set(a.get() + 1);
    b.set(b.get() + 1);
    println!("hits = {}", hits.get());

    let title = MyCell::new(String::from("draft"));
    let old = title.replace(String::from("final"));
    println!("replaced {old:?} with {:?}", title.replace(String::new()));
}
// ANCHOR_END: use_my_cell
