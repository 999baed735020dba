use std::collections::HashMap;
use std::sync::Mutex;

// ANCHOR: guard_without_mut
fn main() {
    let settings = Mutex::new(HashMap::new());
    let map = settings.lock().unwrap(); // the binding is not `mut`
    map.insert("theme".to_string(), "dark".to_string());
    println!("{} setting(s)", map.len());
}
// ANCHOR_END: guard_without_mut
