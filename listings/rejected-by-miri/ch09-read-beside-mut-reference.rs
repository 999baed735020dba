use std::cell::UnsafeCell;

// ANCHOR: read_beside_mut
fn main() {
    let counter = UnsafeCell::new(1);
    let raw = counter.get();
    // SAFETY: none, under Stacked Borrows: the read through `raw` below
    // happens while `exclusive` lives, and a `&mut` must be the only way in.
    let exclusive: &mut i32 = unsafe { &mut *raw };
    // SAFETY: `raw` points to the live `i32` in `counter`.
    let before = unsafe { raw.read() };
    *exclusive += before; // the first write through `exclusive`
    // SAFETY: as above; `exclusive` is not used again.
    println!("counter = {}", unsafe { raw.read() });
}
// ANCHOR_END: read_beside_mut
