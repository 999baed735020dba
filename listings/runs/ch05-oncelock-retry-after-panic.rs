use std::panic;
use std::sync::OnceLock;

fn parse(text: &str) -> Vec<u32> {
    text.split(',')
        .map(|limit| limit.parse().expect("a limit is not a number"))
        .collect()
}

// ANCHOR: oncelock_retry
static LIMITS: OnceLock<Vec<u32>> = OnceLock::new();

fn main() {
    // Report panics on stdout, so that the whole story is in one place.
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));

    let first = panic::catch_unwind(|| LIMITS.get_or_init(|| parse("10,20,x")).len());
    println!("first get_or_init: panicked = {}", first.is_err());
    println!("get: {:?}", LIMITS.get()); // still empty

    let limits = LIMITS.get_or_init(|| parse("10,20,30")); // this closure runs
    println!("second get_or_init: {limits:?}");
}
// ANCHOR_END: oncelock_retry
