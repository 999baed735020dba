use std::sync::Mutex;

// ANCHOR: lock_beside_data
/// The habit from C and C++: a lock next to the data it is meant to protect.
struct Journal {
    lock: Mutex<()>,
    entries: Vec<String>,
}

impl Journal {
    fn record(&self, entry: &str) {
        let _held = self.lock.lock().unwrap();
        // Nothing tells the compiler that `lock` protects `entries`.
        self.entries.push(entry.to_string());
    }
}
// ANCHOR_END: lock_beside_data

fn main() {
    let journal = Journal {
        lock: Mutex::new(()),
        entries: Vec::new(),
    };
    journal.record("opened");
    println!("{} entries", journal.entries.len());
}
