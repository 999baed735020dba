use std::cell::OnceCell;
use std::panic::{self, AssertUnwindSafe};

fn parse(text: &str) -> Vec<u32> {
    text.split(',')
        .map(|limit| limit.parse().expect("a limit is not a number"))
        .collect()
}

// ANCHOR: oncecell_retry
fn main() {
    // Report panics on stdout, so that the whole story is in one place.
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));

    let limits: OnceCell<Vec<u32>> = OnceCell::new();

    // `AssertUnwindSafe`: looking at the cell after the panic is the point.
    let first = panic::catch_unwind(AssertUnwindSafe(|| {
        limits.get_or_init(|| parse("10,20,x")).len()
    }));
    println!("first get_or_init: panicked = {}", first.is_err());
    println!("get: {:?}", limits.get()); // still empty

    let filled = limits.get_or_init(|| parse("10,20,30")); // this closure runs
    println!("second get_or_init: {filled:?}");
}
// ANCHOR_END: oncecell_retry
