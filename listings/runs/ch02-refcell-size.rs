use std::cell::{Ref, RefCell, RefMut};
use std::mem::size_of;

// ANCHOR: refcell_size
fn main() {
    println!("{:<10} {:>4} {:>10}", "T", "size", "RefCell<T>");
    report::<u8>("u8");
    report::<u32>("u32");
    report::<u64>("u64");
    report::<String>("String");
    report::<[u64; 4]>("[u64; 4]");
    report::<[u8; 9]>("[u8; 9]");
    println!(
        "a Ref<u64>: {}, a RefMut<u64>: {}",
        size_of::<Ref<u64>>(),
        size_of::<RefMut<u64>>()
    );
}

fn report<T>(name: &str) {
    println!(
        "{name:<10} {:>4} {:>10}",
        size_of::<T>(),
        size_of::<RefCell<T>>()
    );
}
// ANCHOR_END: refcell_size
