use std::collections::HashMap;
use std::sync::Mutex;

// ANCHOR: move_out_of_guard
fn main() {
    let settings = Mutex::new(HashMap::from([("theme".to_string(), "dark".to_string())]));
    let map = settings.lock().unwrap();
    // `into_values` takes the map by value, but the map belongs to the mutex.
    let values: Vec<String> = map.into_values().collect();
    println!("{values:?}");
}
// ANCHOR_END: move_out_of_guard
