// ANCHOR: raw_pointers
static mut REQUESTS: u64 = 0;
static mut LOG: Vec<&str> = Vec::new();

fn main() {
    let log = &raw mut LOG; // a raw pointer: no reference, no `unsafe` yet
    // SAFETY: only the main thread exists, and the `&mut` made from `log`
    // for `push` ends within its line, before anything else reads `LOG`.
    unsafe {
        REQUESTS += 1;
        (*log).push("first request");
        let count = REQUESTS; // a copy of the value, not a reference
        let entries = &*log; // a reference, made from the raw pointer
        println!("{count} request(s): {entries:?}");
    }
}
// ANCHOR_END: raw_pointers
