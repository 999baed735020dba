use std::sync::atomic::{AtomicBool, Ordering, fence};

// ANCHOR: invalid_ordering
static READY: AtomicBool = AtomicBool::new(false);

fn main() {
    fence(Ordering::Relaxed); // a fence with no ordering to lend
    let ready = READY.load(Ordering::Release); // a load has nothing to release
    println!("{ready}");
}
// ANCHOR_END: invalid_ordering
