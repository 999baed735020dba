// The lint is allowed by default; this listing turns it into an error to
// show what it says about `fetch_update`.
#![deny(deprecated_in_future)]

use std::sync::atomic::{AtomicU32, Ordering::SeqCst};

// ANCHOR: fetch_update
fn main() {
    let level = AtomicU32::new(20);
    let halved = level.fetch_update(SeqCst, SeqCst, |v| (v % 2 == 0).then_some(v / 2));
    println!("{halved:?}");
}
// ANCHOR_END: fetch_update
