// ANCHOR: cell_without_unsafecell
/// A would-be cell that keeps its value in a plain field, with no
/// `UnsafeCell` around it.
struct NotACell<T> {
    value: T,
}

impl<T: Copy> NotACell<T> {
    fn new(value: T) -> Self {
        NotACell { value }
    }

    fn get(&self) -> T {
        self.value
    }

    fn set(&self, value: T) {
        let ptr = std::ptr::from_ref(&self.value).cast_mut();
        // SAFETY: none; this breaks the rule. Behind `&self`, a field that is
        // not inside an `UnsafeCell` is immutable for as long as the shared
        // reference lives, and a pointer made from it may only read.
        unsafe { ptr.write(value) };
    }
}

fn main() {
    let level = NotACell::new(1);
    let alias = &level;
    alias.set(2);
    println!("level = {}", level.get());
}
// ANCHOR_END: cell_without_unsafecell
