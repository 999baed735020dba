use std::sync::atomic::{AtomicU32, Ordering::SeqCst};

// ANCHOR: atomic_operations
fn main() {
    let mut level = AtomicU32::new(5); // `mut` only for `get_mut` at the end

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
    let old = level.update(SeqCst, SeqCst, |v| v + 2);
    println!("update(add 2)   -> {old} (the old value)");
    let halved = level.try_update(SeqCst, SeqCst, |v| (v % 2 == 0).then_some(v / 2));
    println!("try_update(halve if even) -> {halved:?}");
    let halved = level.try_update(SeqCst, SeqCst, |v| (v % 2 == 0).then_some(v / 2));
    println!("try_update(halve if even) -> {halved:?}");

    // With `&mut` or ownership, no atomic operation is needed.
    *level.get_mut() += 1;
    println!("get_mut, += 1   -> {}", level.load(SeqCst));
    println!("into_inner      -> {}", level.into_inner());
}
// ANCHOR_END: atomic_operations
