use arc_swap::ArcSwap;
use std::sync::Arc;
use std::thread;

// ANCHOR: arc_swap_config
struct Config {
    version: u32,
    retries: u32,
}

fn main() {
    let current = ArcSwap::from_pointee(Config {
        version: 1,
        retries: 3,
    });

    let held = current.load_full(); // an `Arc<Config>`, to keep
    {
        let config = current.load(); // a `Guard`, for a short look
        println!(
            "load:       version {}, retries {}",
            config.version, config.retries
        );
    }

    current.store(Arc::new(Config {
        version: 2,
        retries: 5,
    }));
    println!("after store: load sees version {}", current.load().version);
    println!(
        "             the held Arc still has version {}",
        held.version
    );

    // `rcu`: read, copy, update; the closure runs again if another writer
    // replaced the value in between.
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for _ in 0..50 {
                    current.rcu(|old| Config {
                        version: old.version + 1,
                        retries: old.retries,
                    });
                }
            });
        }
    });
    let config = current.load();
    println!(
        "after 100 rcu calls on two threads: version {}, retries {}",
        config.version, config.retries
    );
}
// ANCHOR_END: arc_swap_config
