use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

// ANCHOR: tour
fn main() {
    let mut n = AtomicUsize::new(0b1100);
    let was = n.fetch_and(0b0110, SeqCst);
    println!("fetch_and(0110)  -> {was:04b}, now {:04b}", n.load(SeqCst));
    let was = n.fetch_or(0b0001, SeqCst);
    println!("fetch_or(0001)   -> {was:04b}, now {:04b}", n.load(SeqCst));
    let was = n.fetch_xor(0b0011, SeqCst);
    println!("fetch_xor(0011)  -> {was:04b}, now {:04b}", n.load(SeqCst));
    let was = n.fetch_nand(0b0110, SeqCst); // !(old & val): every high bit set
    println!(
        "fetch_nand(0110) -> {was:04b}, now ...{:04b}",
        n.load(SeqCst) & 0b1111
    );

    n.store(10, SeqCst);
    println!(
        "fetch_sub(3)     -> {}, now {}",
        n.fetch_sub(3, SeqCst),
        n.load(SeqCst)
    );
    println!(
        "fetch_max(9)     -> {}, now {}",
        n.fetch_max(9, SeqCst),
        n.load(SeqCst)
    );
    println!(
        "fetch_min(4)     -> {}, now {}",
        n.fetch_min(4, SeqCst),
        n.load(SeqCst)
    );
    println!(
        "fetch_add(1)     -> {}, now {}",
        n.fetch_add(1, SeqCst),
        n.load(SeqCst)
    );
    println!(
        "swap(8)          -> {}, now {}",
        n.swap(8, SeqCst),
        n.load(SeqCst)
    );
    let cas = n.compare_exchange(8, 16, SeqCst, SeqCst);
    println!("compare_exchange(8, 16) -> {cas:?}");
    let mut weak = n.compare_exchange_weak(16, 32, SeqCst, SeqCst);
    while weak.is_err() {
        weak = n.compare_exchange_weak(16, 32, SeqCst, SeqCst); // only a spurious failure
    }
    println!("compare_exchange_weak(16, 32), retried -> {weak:?}");
    println!(
        "update(x * 2)    -> {}",
        n.update(SeqCst, SeqCst, |x| x * 2)
    );
    let r = n.try_update(SeqCst, SeqCst, |x| x.checked_sub(100));
    println!("try_update(x - 100) -> {r:?}");
    let r = n.fetch_update(SeqCst, SeqCst, |x| x.checked_add(1)); // `try_update`'s old name
    println!("fetch_update(x + 1) -> {r:?}");

    *n.get_mut() += 1; // `&mut self`: a plain write
    let raw: *mut usize = n.as_ptr(); // for C: the same memory, as `*mut usize`
    // SAFETY: `raw` comes from `as_ptr`, so it is aligned for an `AtomicUsize`;
    // `n` outlives `view`, which is used in the next statement only, and
    // nothing touches `n` non-atomically while `view` exists.
    let view = unsafe { AtomicUsize::from_ptr(raw) };
    println!("from_ptr(as_ptr()).load() -> {}", view.load(SeqCst));
    println!("into_inner       -> {}", n.into_inner());
}
// ANCHOR_END: tour
