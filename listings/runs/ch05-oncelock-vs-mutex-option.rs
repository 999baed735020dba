use std::sync::{Mutex, OnceLock};

#[derive(Clone, Debug)]
struct Config {
    region: String,
}

fn load(region: &str) -> Config {
    println!("  (loading {region})");
    Config {
        region: region.to_string(),
    }
}

// ANCHOR: compare
static ONCE: OnceLock<Config> = OnceLock::new();
static LOCKED: Mutex<Option<Config>> = Mutex::new(None);

/// Written once, then read without a lock: hands out `&'static Config`.
fn once_config() -> &'static Config {
    ONCE.get_or_init(|| load("eu-west"))
}

/// Every read takes the lock. The reference would die with the guard at
/// the end of the function, so the caller gets a clone.
fn locked_config() -> Config {
    let mut slot = LOCKED.lock().unwrap();
    slot.get_or_insert_with(|| load("eu-west")).clone()
}

/// What a `Mutex<Option<T>>` can do and a `OnceLock` cannot: start over.
fn reload(region: &str) {
    *LOCKED.lock().unwrap() = Some(load(region));
}

fn main() {
    println!("once:   {}", once_config().region);
    println!("once:   {}", once_config().region);
    println!("locked: {}", locked_config().region);
    reload("us-east");
    println!("locked: {}", locked_config().region);
}
// ANCHOR_END: compare
