use std::cell::UnsafeCell;

// ANCHOR: once_cell
/// Step 1 of `MyOnceCell`: empty until set once, then shared for good.
pub struct MyOnceCell<T> {
    value: UnsafeCell<Option<T>>,
}

impl<T> MyOnceCell<T> {
    pub const fn new() -> Self {
        MyOnceCell {
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        // SAFETY: the one write, in `set`, happens while the cell is empty;
        // once it is full nothing writes again, so a `&T` into it stays valid
        // for as long as the cell lives. Not `Sync`: no other thread writes.
        unsafe { (*self.value.get()).as_ref() }
    }

    /// Fills an empty cell; a full one is never overwritten.
    pub fn set(&self, value: T) -> Result<(), T> {
        if self.get().is_some() {
            return Err(value);
        }
        // SAFETY: the cell is empty, so `get` has lent no reference into it,
        // and nothing else runs while we write.
        unsafe { *self.value.get() = Some(value) };
        Ok(())
    }

    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        if let Some(value) = self.get() {
            return value;
        }
        let value = init();
        // `init` may have filled the cell itself; that value wins.
        let _ = self.set(value);
        self.get().expect("the cell was just filled")
    }
}
// ANCHOR_END: once_cell

impl<T> Default for MyOnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

// ANCHOR: use_once_cell
fn main() {
    let greeting = MyOnceCell::new();
    println!("before: {:?}", greeting.get());
    let first: &String = greeting.get_or_init(|| String::from("hello"));
    let again = greeting.get_or_init(|| String::from("never built"));
    println!("first = {first}, again = {again}");
    println!("set now: {:?}", greeting.set(String::from("bye")));
}
// ANCHOR_END: use_once_cell
