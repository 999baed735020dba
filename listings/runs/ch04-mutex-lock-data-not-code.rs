use std::sync::Mutex;
use std::thread;

// ANCHOR: lock_data
/// The data lives inside the lock: there is no path to it that skips `lock`.
struct Journal {
    entries: Mutex<Vec<String>>,
}

impl Journal {
    fn record(&self, entry: &str) {
        self.entries.lock().unwrap().push(entry.to_string());
    }

    fn entries(&self) -> Vec<String> {
        self.entries.lock().unwrap().clone()
    }
}

fn main() {
    let journal = Journal {
        entries: Mutex::new(Vec::new()),
    };
    thread::scope(|scope| {
        scope.spawn(|| journal.record("written by a scoped thread"));
    }); // the scope joins its thread here
    journal.record("written by main");
    for entry in journal.entries() {
        println!("{entry}");
    }
}
// ANCHOR_END: lock_data
