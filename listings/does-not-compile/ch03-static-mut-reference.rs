// ANCHOR: static_mut_refs
static mut REQUESTS: u64 = 0;
static mut LOG: Vec<&str> = Vec::new();

fn main() {
    // SAFETY (the old excuse): one thread, so nothing else touches the statics.
    unsafe {
        REQUESTS += 1; // reads and writes the place itself: no reference
        LOG.push("first request"); // `push` takes `&mut LOG`
        println!("{} request(s): {:?}", REQUESTS, LOG); // `println!` takes `&` of each
    }
}
// ANCHOR_END: static_mut_refs
