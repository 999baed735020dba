use std::sync::RwLock;

// ANCHOR: read_guard_read_only
fn main() {
    let visits = RwLock::new(0);
    let count = visits.read().unwrap();
    *count += 1;
    println!("{}", *count);
}
// ANCHOR_END: read_guard_read_only
