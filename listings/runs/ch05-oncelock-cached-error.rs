use std::sync::OnceLock;

struct Settings {
    retries: u32,
}

fn load(text: &str) -> Result<Settings, String> {
    let retries = text.strip_prefix("retries = ").ok_or("no `retries` line")?;
    let retries = retries
        .parse()
        .map_err(|_| format!("bad retries: {retries}"))?;
    Ok(Settings { retries })
}

// ANCHOR: cached_error
static SETTINGS: OnceLock<Result<Settings, String>> = OnceLock::new();

fn retries(text: &str) -> Result<u32, &'static str> {
    // One load, ever: the first result is kept, error or not.
    let loaded = SETTINGS.get_or_init(|| load(text));
    loaded
        .as_ref()
        .map(|settings| settings.retries)
        .map_err(String::as_str)
}

fn main() {
    println!("first call:  {:?}", retries("retries = x"));
    println!("second call: {:?}", retries("retries = 3")); // no second load
}
// ANCHOR_END: cached_error
