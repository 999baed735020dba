use std::sync::atomic::{AtomicBool, Ordering::SeqCst};

// ANCHOR: tour
fn main() {
    let mut flag = AtomicBool::new(false);
    println!(
        "fetch_or(true)   -> {}, now {}",
        flag.fetch_or(true, SeqCst),
        flag.load(SeqCst)
    );
    println!(
        "fetch_and(false) -> {}, now {}",
        flag.fetch_and(false, SeqCst),
        flag.load(SeqCst)
    );
    println!(
        "fetch_xor(true)  -> {}, now {}",
        flag.fetch_xor(true, SeqCst),
        flag.load(SeqCst)
    );
    println!(
        "fetch_nand(true) -> {}, now {}",
        flag.fetch_nand(true, SeqCst),
        flag.load(SeqCst)
    );
    println!(
        "fetch_not()      -> {}, now {}",
        flag.fetch_not(SeqCst),
        flag.load(SeqCst)
    );
    flag.store(false, SeqCst);
    println!("swap(true)       -> {}", flag.swap(true, SeqCst));
    println!(
        "compare_exchange(true, false) -> {:?}",
        flag.compare_exchange(true, false, SeqCst, SeqCst)
    );
    let mut weak = flag.compare_exchange_weak(false, true, SeqCst, SeqCst);
    while weak.is_err() {
        weak = flag.compare_exchange_weak(false, true, SeqCst, SeqCst); // only a spurious failure
    }
    println!("compare_exchange_weak(false, true), retried -> {weak:?}");
    println!(
        "update(!x)       -> {}, now {}",
        flag.update(SeqCst, SeqCst, |x| !x),
        flag.load(SeqCst)
    );
    let set_once = flag.try_update(SeqCst, SeqCst, |x| (!x).then_some(true));
    println!("try_update(set if clear) -> {set_once:?}");
    let again = flag.fetch_update(SeqCst, SeqCst, |x| (!x).then_some(true)); // `try_update`'s old name
    println!("fetch_update(set if clear) -> {again:?}");

    *flag.get_mut() = false;
    let raw: *mut bool = flag.as_ptr();
    // SAFETY: `raw` comes from `as_ptr`, so it is aligned for an `AtomicBool`;
    // `flag` outlives `view`, which is used in the next statement only, and
    // nothing touches `flag` non-atomically while `view` exists.
    let view = unsafe { AtomicBool::from_ptr(raw) };
    println!("from_ptr(as_ptr()).load() -> {}", view.load(SeqCst));
    println!("into_inner       -> {}", flag.into_inner());
}
// ANCHOR_END: tour
