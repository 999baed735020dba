use std::cell::Cell;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, LazyLock, Mutex, OnceLock, RwLock};

/// Compiles only if `T` may be shared between threads.
fn assert_sync<T: Sync>() {}

macro_rules! sync {
    ($t:ty) => {{
        assert_sync::<$t>();
        println!("{} is Sync", stringify!($t));
    }};
}

// ANCHOR: sync_types
fn main() {
    sync!(AtomicU64);
    sync!(Mutex<Vec<String>>); // needs `T: Send`
    sync!(Mutex<Cell<u32>>); // so a non-`Sync` `T` is fine
    sync!(RwLock<Vec<String>>); // needs `T: Send + Sync`
    sync!(OnceLock<String>); // needs `T: Send + Sync`
    sync!(LazyLock<String>); // and a `Send` closure
    sync!(Arc<Mutex<Vec<String>>>); // `Arc<T>` needs `T: Send + Sync`
}
// ANCHOR_END: sync_types
