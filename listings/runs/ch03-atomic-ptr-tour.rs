use std::sync::atomic::{AtomicPtr, Ordering::SeqCst};

// ANCHOR: tour
fn main() {
    let mut slots = [10_u32, 20, 30, 40];
    let base = slots.as_mut_ptr();
    // Print where a pointer is as an index into `slots`, never as an address.
    let at = |p: *mut u32| (p.addr() - base.addr()) / size_of::<u32>();

    let mut cursor = AtomicPtr::new(base);
    println!(
        "fetch_ptr_add(2)  -> slot {}, now slot {}",
        at(cursor.fetch_ptr_add(2, SeqCst)),
        at(cursor.load(SeqCst))
    );
    println!(
        "fetch_ptr_sub(1)  -> slot {}, now slot {}",
        at(cursor.fetch_ptr_sub(1, SeqCst)),
        at(cursor.load(SeqCst))
    );
    println!(
        "fetch_byte_add(8) -> slot {}, now slot {}",
        at(cursor.fetch_byte_add(8, SeqCst)),
        at(cursor.load(SeqCst))
    );
    println!(
        "fetch_byte_sub(4) -> slot {}, now slot {}",
        at(cursor.fetch_byte_sub(4, SeqCst)),
        at(cursor.load(SeqCst))
    );

    // A `u32` is 4-byte aligned, so the low two bits of its address are free
    // for a tag; the fetch_ bit operations change them in place.
    cursor.fetch_or(0b01, SeqCst);
    println!(
        "fetch_or(01)  -> tag {:02b}",
        cursor.load(SeqCst).addr() & 0b11
    );
    cursor.fetch_xor(0b11, SeqCst);
    println!(
        "fetch_xor(11) -> tag {:02b}",
        cursor.load(SeqCst).addr() & 0b11
    );
    cursor.fetch_and(!0b11, SeqCst);
    let untagged = cursor.load(SeqCst);
    // SAFETY: with the tag cleared, `untagged` is the address of `slots[2]`,
    // and the bit operations kept its provenance; `slots` is alive and not
    // borrowed.
    let value = unsafe { *untagged };
    println!(
        "fetch_and(!11) -> tag {:02b}, slot {}, which holds {value}",
        untagged.addr() & 0b11,
        at(untagged)
    );

    let first = base;
    let last = base.wrapping_add(3);
    println!("swap(last)    -> slot {}", at(cursor.swap(last, SeqCst)));
    cursor.store(first, SeqCst);
    let cas = cursor.compare_exchange(first, last, SeqCst, SeqCst).map(at);
    println!("compare_exchange(first, last) -> {cas:?}");
    let mut weak = cursor.compare_exchange_weak(last, first, SeqCst, SeqCst);
    while weak.is_err() {
        weak = cursor.compare_exchange_weak(last, first, SeqCst, SeqCst); // only a spurious failure
    }
    println!(
        "compare_exchange_weak(last, first), retried -> {:?}",
        weak.map(at)
    );
    let old = cursor.update(SeqCst, SeqCst, |p| p.wrapping_add(1));
    println!(
        "update(next)  -> slot {}, now slot {}",
        at(old),
        at(cursor.load(SeqCst))
    );
    let next = cursor.try_update(SeqCst, SeqCst, |p| (at(p) < 3).then(|| p.wrapping_add(1)));
    println!("try_update(next if not last) -> {:?}", next.map(at));
    let back = cursor.fetch_update(SeqCst, SeqCst, |p| (at(p) > 0).then(|| p.wrapping_sub(1))); // `try_update`'s old name
    println!("fetch_update(back if not first) -> {:?}", back.map(at));

    *cursor.get_mut() = last;
    let raw: *mut *mut u32 = cursor.as_ptr();
    // SAFETY: `raw` comes from `as_ptr`, so it is aligned for an `AtomicPtr`;
    // `cursor` outlives `view`, which is used in the next statement only, and
    // nothing touches `cursor` non-atomically while `view` exists.
    let view = unsafe { AtomicPtr::from_ptr(raw) };
    println!(
        "from_ptr(as_ptr()).load() -> slot {}",
        at(view.load(SeqCst))
    );
    let p = cursor.into_inner();
    // SAFETY: `p` points to `slots[3]`; `slots` is alive and not borrowed.
    println!("into_inner    -> slot {}, which holds {}", at(p), unsafe {
        *p
    });
}
// ANCHOR_END: tour
