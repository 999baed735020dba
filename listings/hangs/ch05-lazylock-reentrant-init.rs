use std::collections::HashMap;
use std::sync::LazyLock;

// ANCHOR: reentrant_init
/// Prices in cents, with a default that, by mistake, looks itself up.
static PRICES: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    println!("building the price list");
    let mut prices = HashMap::from([("tea", 250), ("cake", 400)]);
    println!("adding the default from PRICES");
    let default = PRICES.get("tea").copied().unwrap_or(0); // waits for itself
    prices.insert("default", default);
    prices
});

fn main() {
    println!("cake costs {}", PRICES["cake"]);
}
// ANCHOR_END: reentrant_init
