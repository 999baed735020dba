use std::hint;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::thread;

// ANCHOR: atomic_ptr_publish
struct Config {
    name: String,
    retries: u32,
}

static CONFIG: AtomicPtr<Config> = AtomicPtr::new(ptr::null_mut());

fn main() {
    thread::scope(|scope| {
        scope.spawn(|| {
            let config = Box::new(Config {
                name: String::from("primary"),
                retries: 3,
            });
            // Release: the writes that built the `Config` happen before
            // any thread that loads this pointer with Acquire reads it.
            CONFIG.store(Box::into_raw(config), Ordering::Release);
        });
        let readers: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    let mut current = CONFIG.load(Ordering::Acquire);
                    while current.is_null() {
                        hint::spin_loop();
                        current = CONFIG.load(Ordering::Acquire);
                    }
                    // SAFETY: the pointer came from `Box::into_raw`; the Acquire
                    // load saw the Release store, so the `Config` is fully
                    // built; nobody frees it before every reader is joined.
                    let config = unsafe { &*current };
                    format!("{}, {} retries", config.name, config.retries)
                })
            })
            .collect();
        for (i, reader) in readers.into_iter().enumerate() {
            println!("reader {i} sees: {}", reader.join().unwrap());
        }
    });
    // Every thread has been joined: this thread is the only user left.
    let last = CONFIG.swap(ptr::null_mut(), Ordering::Acquire);
    // SAFETY: `last` came from `Box::into_raw` and no thread can reach it now.
    let config = unsafe { Box::from_raw(last) };
    println!("freed {:?} (retries {})", config.name, config.retries);
}
// ANCHOR_END: atomic_ptr_publish
