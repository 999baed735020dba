use std::cell::Cell;
use std::mem::size_of;
use std::num::NonZeroU32;

// ANCHOR: hides_niche
fn main() {
    println!("{:<12} {:>9} {:>15}", "T", "Option<T>", "Option<Cell<T>>");
    report::<&u8>("&u8");
    report::<Box<u8>>("Box<u8>");
    report::<NonZeroU32>("NonZeroU32");
    report::<bool>("bool");
}

fn report<T>(name: &str) {
    // The cell itself is exactly as large as the value...
    assert_eq!(size_of::<Cell<T>>(), size_of::<T>());
    // ...but an `Option` around it can no longer hide its tag in the value.
    println!(
        "{name:<12} {:>9} {:>15}",
        size_of::<Option<T>>(),
        size_of::<Option<Cell<T>>>()
    );
}
// ANCHOR_END: hides_niche
