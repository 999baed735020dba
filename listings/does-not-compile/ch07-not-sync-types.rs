use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::RwLock;

/// Compiles only if `T` may be shared between threads.
fn assert_sync<T: Sync>() {}

// ANCHOR: not_sync_types
fn main() {
    assert_sync::<Cell<u32>>();
    assert_sync::<RefCell<Vec<String>>>();
    assert_sync::<OnceCell<String>>();
    assert_sync::<RwLock<Cell<u32>>>(); // readers would share the `Cell`
    assert_sync::<Rc<String>>();
}
// ANCHOR_END: not_sync_types
