// Exercise 11 (OnceCell), solved: `OnceLock` is the thread-safe `OnceCell`:
// it is `Sync`, so a `static` can hold it, and when threads race to
// initialise it, one runs the closure and the others wait for its value.
use std::sync::OnceLock;
use std::thread;

// ANCHOR: solution
static GREETING: OnceLock<String> = OnceLock::new();

fn greeting() -> &'static str {
    GREETING.get_or_init(|| format!("hello from {}", "the config file"))
}

fn main() {
    let from_thread = thread::spawn(|| greeting().len()).join().unwrap();
    assert_eq!(from_thread, greeting().len());
    println!("{}", greeting());
}
// ANCHOR_END: solution
