use std::cell::UnsafeCell;

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
        // SAFETY: no reference into the cell exists (or so step 1 could
        // claim; `get_ref` below breaks it), and `MyCell` is not `Sync`.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    pub fn set(&self, value: T) {
        drop(self.replace(value));
    }
}

// ANCHOR: get_ref
impl<T> MyCell<T> {
    /// The tempting shortcut: look at the value without copying it.
    pub fn get_ref(&self) -> &T {
        // SAFETY: none; this breaks the rule. A `&T` into the cell needs the
        // value to stay unchanged while it lives, but `set` and `replace`
        // take `&self` too, so nothing stops them from changing it.
        unsafe { &*self.value.get() }
    }
}

fn main() {
    let title = MyCell::new(String::from("draft"));
    let seen: &String = title.get_ref();
    title.set(String::from("final")); // drops the `String` lent to `seen`; a new one sits there
    println!("seen is {} bytes long", seen.len());
}
// ANCHOR_END: get_ref
