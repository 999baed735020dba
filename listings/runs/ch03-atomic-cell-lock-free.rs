use crossbeam_utils::atomic::AtomicCell;
use std::mem::{align_of, size_of};

// ANCHOR: lock_free_or_not
// The fields are only measured here, never read: hence `allow(dead_code)`.
#[allow(dead_code)]
struct Pair(u32, u32); // 8 bytes, aligned to 4

#[allow(dead_code)]
#[repr(C, align(8))]
struct AlignedPair(u32, u32); // 8 bytes, aligned to 8

#[allow(dead_code)]
#[repr(C, align(8))]
struct Tagged {
    tag: u8, // then 3 bytes of padding, added by the compiler
    value: u32,
}

#[allow(dead_code)]
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, align(8))]
struct TaggedNoPadding {
    tag: u8,
    reserved: [u8; 3], // the same 3 bytes, now a field that is always zero
    value: u32,
}

fn report<T>(name: &str, field_bytes: usize) {
    println!(
        "{name:<16} size {:>4}  align {:>2}  padding {}  lock-free {}",
        size_of::<T>(),
        align_of::<T>(),
        size_of::<T>() - field_bytes,
        AtomicCell::<T>::is_lock_free()
    );
}

fn main() {
    report::<u64>("u64", 8);
    report::<()>("()", 0); // zero-sized: nothing to load or store
    report::<Pair>("Pair", 8);
    report::<AlignedPair>("AlignedPair", 8);
    report::<Tagged>("Tagged", 5);
    report::<TaggedNoPadding>("TaggedNoPadding", 8);
    report::<u128>("u128", 16);
    report::<[u8; 1000]>("[u8; 1000]", 1000);

    let before = TaggedNoPadding {
        tag: 1,
        reserved: [0; 3],
        value: 10,
    };
    let after = TaggedNoPadding {
        tag: 2,
        reserved: [0; 3],
        value: 20,
    };
    let slot = AtomicCell::new(before);
    println!(
        "compare_exchange without padding: ok = {}",
        slot.compare_exchange(before, after).is_ok()
    );
}
// ANCHOR_END: lock_free_or_not
