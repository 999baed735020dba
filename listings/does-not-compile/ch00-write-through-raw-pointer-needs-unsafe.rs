use std::cell::UnsafeCell;

// ANCHOR: raw_write
fn main() {
    let total = UnsafeCell::new(0);
    let raw: *mut i32 = total.get(); // safe: making the pointer
    *raw = 1; // not safe: writing through it, even with no `&mut` in sight
    println!("{}", total.into_inner());
}
// ANCHOR_END: raw_write
