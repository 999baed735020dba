// ANCHOR: raw_pointer_cast
fn main() {
    let total = 0;
    let shared: &i32 = &total;
    // Through raw pointers the cast itself is allowed, but writing through
    // the result is undefined behaviour, and a deny-by-default lint says so.
    let exclusive = unsafe { &mut *(shared as *const i32 as *mut i32) };
    *exclusive += 1;
    println!("{total}");
}
// ANCHOR_END: raw_pointer_cast
