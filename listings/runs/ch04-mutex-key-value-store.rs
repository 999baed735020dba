use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

// ANCHOR: key_value_store
/// A store that any number of threads can read and write through `&self`.
#[derive(Clone, Default)]
struct KeyValueStore {
    data: Arc<Mutex<HashMap<String, String>>>,
}

impl KeyValueStore {
    fn set(&self, key: &str, value: &str) {
        let mut map = self.data.lock().unwrap();
        map.insert(key.to_string(), value.to_string());
    } // `map` is dropped here, and the lock with it

    fn get(&self, key: &str) -> Option<String> {
        self.data.lock().unwrap().get(key).cloned()
    }

    fn sorted_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.data.lock().unwrap().keys().cloned().collect();
        keys.sort(); // a `HashMap` has no stable order; sort before printing
        keys
    }
}

fn main() {
    let store = KeyValueStore::default();
    let workers: Vec<_> = (1..=3)
        .map(|worker| {
            let store = store.clone(); // another handle to the same map
            thread::spawn(move || {
                store.set(&format!("worker-{worker}"), &format!("done by {worker}"));
                store.set("last-writer", "one of the workers");
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }

    println!("keys: {:?}", store.sorted_keys());
    println!("worker-2 -> {:?}", store.get("worker-2"));
    println!("last-writer -> {:?}", store.get("last-writer"));
    println!("missing -> {:?}", store.get("missing"));
}
// ANCHOR_END: key_value_store
