use std::sync::atomic::{AtomicU32, Ordering::SeqCst};

// ANCHOR: atomic_operations
fn main() {
    let level = AtomicU32::new(5); // not `mut`: every method takes `&self`

    println!("load            -> {}", level.load(SeqCst));
    level.store(7, SeqCst);
    println!("store(7), load  -> {}", level.load(SeqCst));
    println!(
        "swap(10)        -> {} (the old value)",
        level.swap(10, SeqCst)
    );
    println!(
        "fetch_add(5)    -> {} (the old value)",
        level.fetch_add(5, SeqCst)
    );
    println!(
        "compare_exchange(15, 20) -> {:?}",
        level.compare_exchange(15, 20, SeqCst, SeqCst)
    );
    println!(
        "compare_exchange(15, 30) -> {:?}",
        level.compare_exchange(15, 30, SeqCst, SeqCst)
    );
    let halved = level.fetch_update(SeqCst, SeqCst, |v| (v % 2 == 0).then_some(v / 2));
    println!("fetch_update(halve if even) -> {halved:?}");
    println!("into_inner      -> {}", level.into_inner());
}
// ANCHOR_END: atomic_operations
