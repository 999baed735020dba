use std::sync::{Condvar, Mutex};
use std::thread;

// ANCHOR: lost_wakeup
struct Startup {
    config: Mutex<Option<String>>,
    loaded: Condvar,
}

fn main() {
    let startup = Startup {
        config: Mutex::new(None),
        loaded: Condvar::new(),
    };
    thread::scope(|scope| {
        let loader = scope.spawn(|| {
            *startup.config.lock().unwrap() = Some("threads = 4".to_string());
            startup.loaded.notify_one(); // nobody is waiting yet: this wakes no one
            println!("loader: config stored, notified, done");
        });
        loader.join().unwrap(); // the notification is over before main waits

        let config = startup.config.lock().unwrap();
        println!("main: waits for the notification, without looking at the config");
        // No check of the condition: `wait` waits for a *future* notification.
        let config = startup.loaded.wait(config).unwrap();
        println!("never printed: {config:?}");
    });
}
// ANCHOR_END: lost_wakeup
