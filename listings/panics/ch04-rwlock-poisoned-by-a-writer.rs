use std::sync::{Arc, RwLock};
use std::thread;

// ANCHOR: poisoned_by_writer
fn fail_in(name: &str, config: &Arc<RwLock<String>>, write: bool) {
    let config = Arc::clone(config);
    let worker = thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            if write {
                let mut text = config.write().unwrap();
                text.clear();
                panic!("the writer failed halfway");
            } else {
                let _text = config.read().unwrap();
                panic!("the reader failed");
            }
        });
    assert!(worker.unwrap().join().is_err());
}

fn main() {
    let config = Arc::new(RwLock::new(String::from("retries = 3")));

    fail_in("reader", &config, false);
    println!(
        "after a reader panicked: poisoned = {}",
        config.is_poisoned()
    );

    fail_in("writer", &config, true);
    println!(
        "after a writer panicked: poisoned = {}",
        config.is_poisoned()
    );

    let text = config.read().unwrap(); // `Err(PoisonError)`: this panics
    println!("{text}");
}
// ANCHOR_END: poisoned_by_writer
