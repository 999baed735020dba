use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::thread;

// ANCHOR: arc_snapshot
struct Config {
    version: u32,
    retries: u32,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("config version {} freed", self.version);
    }
}

/// A reader's whole critical section: one `Arc::clone`.
fn snapshot(current: &RwLock<Arc<Config>>) -> Arc<Config> {
    Arc::clone(&current.read().unwrap()) // the read guard ends at the `;`
}

fn main() {
    let current = RwLock::new(Arc::new(Config {
        version: 1,
        retries: 3,
    }));
    let (has_snapshot, snapshot_taken) = mpsc::channel();
    let (reloaded, reload_done) = mpsc::channel();

    thread::scope(|s| {
        let current = &current;
        s.spawn(move || {
            let config = snapshot(current); // version 1, no lock held from here on
            has_snapshot.send(()).unwrap();
            reload_done.recv().unwrap(); // the writer has swapped in version 2
            println!(
                "reader, old snapshot: version {}, retries {}",
                config.version, config.retries
            );
            let fresh = snapshot(current);
            println!(
                "reader, new snapshot: version {}, retries {}",
                fresh.version, fresh.retries
            );
        });

        snapshot_taken.recv().unwrap();
        // The new version is built before the lock is taken.
        let next = Arc::new(Config {
            version: 2,
            retries: 5,
        });
        let mut slot = current.try_write().expect("a snapshot holds no lock");
        let old = std::mem::replace(&mut *slot, next);
        drop(slot); // the write lock is held for the swap only
        println!(
            "writer: version 2 in, version 1 still has {} owners",
            Arc::strong_count(&old)
        );
        drop(old); // not the last owner: the reader still has it
        reloaded.send(()).unwrap();
    });
    println!("main: current is version {}", snapshot(&current).version);
}
// ANCHOR_END: arc_snapshot
