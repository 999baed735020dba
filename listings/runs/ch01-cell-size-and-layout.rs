use std::cell::Cell;
use std::mem::{align_of, size_of};

// ANCHOR: size_and_layout
fn main() {
    println!("{:<16} {:>4} {:>10}", "type", "size", "Cell<type>");
    report::<u8>("u8");
    report::<u64>("u64");
    report::<(u8, u32)>("(u8, u32)");
    report::<[u16; 3]>("[u16; 3]");
    report::<Option<&u8>>("Option<&u8>");
}

fn report<T>(name: &str) {
    assert_eq!(align_of::<Cell<T>>(), align_of::<T>());
    println!(
        "{name:<16} {:>4} {:>10}",
        size_of::<T>(),
        size_of::<Cell<T>>()
    );
}
// ANCHOR_END: size_and_layout
