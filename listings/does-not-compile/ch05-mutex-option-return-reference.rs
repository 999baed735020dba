use std::sync::Mutex;

struct Config {
    region: String,
}

// ANCHOR: return_reference
static LOCKED: Mutex<Option<Config>> = Mutex::new(None);

/// Tries to hand out a reference, the way `OnceLock` does.
fn region() -> &'static str {
    let slot = LOCKED.lock().unwrap();
    &slot.as_ref().expect("loaded at start-up").region
}

fn main() {
    *LOCKED.lock().unwrap() = Some(Config {
        region: "eu-west".to_string(),
    });
    println!("{}", region());
}
// ANCHOR_END: return_reference
