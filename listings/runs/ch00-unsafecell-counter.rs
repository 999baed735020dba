use std::cell::UnsafeCell;

// ANCHOR: counter
/// A counter that can be bumped through a shared reference.
struct Counter {
    value: UnsafeCell<u64>,
}

impl Counter {
    fn new() -> Self {
        Counter {
            value: UnsafeCell::new(0),
        }
    }

    fn bump(&self) -> u64 {
        let raw: *mut u64 = self.value.get(); // `&self` in, `*mut u64` out
        // SAFETY: `UnsafeCell` makes `Counter` !Sync, so only this thread can
        // reach the value; no method returns a reference into it, so no other
        // reference to the `u64` exists while this `&mut` lives (to the end
        // of the block).
        unsafe {
            let value: &mut u64 = &mut *raw;
            *value += 1;
            *value
        }
    }
}

fn main() {
    let counter = Counter::new();
    let a = &counter;
    let b = &counter; // two shared references, both can bump
    a.bump();
    b.bump();
    println!("bumped to {}", a.bump());
}
// ANCHOR_END: counter
