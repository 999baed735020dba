use std::collections::HashMap;
use std::mem;
use std::sync::Mutex;

// ANCHOR: clone_out_of_guard
fn main() {
    let settings = Mutex::new(HashMap::from([
        ("theme".to_string(), "dark".to_string()),
        ("font".to_string(), "mono".to_string()),
    ]));

    // Clone the parts you need; `cloned` only needs a `&String` per value.
    let mut values: Vec<String> = settings.lock().unwrap().values().cloned().collect();
    values.sort();
    println!("cloned values: {values:?}");

    // Or clone the whole map and consume the copy.
    let copy: HashMap<String, String> = settings.lock().unwrap().clone();
    println!("the copy has {} entries", copy.into_values().count());

    // Or move the map out and leave an empty one behind.
    let taken = mem::take(&mut *settings.lock().unwrap());
    println!(
        "taken {} entries, {} left behind",
        taken.len(),
        settings.lock().unwrap().len()
    );
}
// ANCHOR_END: clone_out_of_guard
