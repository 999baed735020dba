use std::collections::HashMap;
use std::sync::RwLock;

// ANCHOR: reader_tries_to_write
fn main() {
    let prices = RwLock::new(HashMap::from([("tea", 3)]));

    let current = prices.read().unwrap();
    println!("tea costs {}", current["tea"]);
    if current["tea"] < 5 {
        println!("still holding the read guard, asking for the write lock");
        // `write` waits until every reader has left, this thread included.
        let mut writable = prices.write().unwrap();
        writable.insert("tea", 5);
    }
    println!("never printed");
}
// ANCHOR_END: reader_tries_to_write
