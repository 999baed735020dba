// Exercise 11 (OnceCell): a greeting built once, on first use, and read by
// any thread. It does not compile. Make it compile without giving up the
// build-on-first-use.
use std::cell::OnceCell;
use std::thread;

// ANCHOR: starter
static GREETING: OnceCell<String> = OnceCell::new();

fn greeting() -> &'static str {
    GREETING.get_or_init(|| format!("hello from {}", "the config file"))
}

fn main() {
    let from_thread = thread::spawn(|| greeting().len()).join().unwrap();
    assert_eq!(from_thread, greeting().len());
    println!("{}", greeting());
}
// ANCHOR_END: starter
