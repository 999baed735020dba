use std::panic;
use std::sync::LazyLock;

// ANCHOR: lazylock_poisoned
static LIMITS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let text = "10,20,x"; // stands for a configuration file with a typo
    text.split(',')
        .map(|limit| limit.parse().expect("a limit is not a number"))
        .collect()
});

fn main() {
    let first = panic::catch_unwind(|| LIMITS.len());
    println!("first access: panicked = {}", first.is_err());
    println!("LazyLock::get: {:?}", LazyLock::get(&LIMITS));

    println!("second access:");
    println!("{} limits", LIMITS.len()); // panics: the closure is gone
}
// ANCHOR_END: lazylock_poisoned
