use std::cell::LazyCell;
use std::panic::{self, AssertUnwindSafe};

// ANCHOR: lazycell_poisoned
fn main() {
    let limits: LazyCell<Vec<u32>> = LazyCell::new(|| {
        let text = "10,20,x"; // stands for a configuration file with a typo
        text.split(',')
            .map(|limit| limit.parse().expect("a limit is not a number"))
            .collect()
    });

    // `AssertUnwindSafe`: looking at the cell after the panic is the point.
    let first = panic::catch_unwind(AssertUnwindSafe(|| limits.len()));
    println!("first access: panicked = {}", first.is_err());
    println!("LazyCell::get: {:?}", LazyCell::get(&limits));

    println!("second access:");
    println!("{} limits", limits.len()); // panics: the closure is gone
}
// ANCHOR_END: lazycell_poisoned
