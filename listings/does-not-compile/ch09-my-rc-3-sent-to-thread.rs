use std::cell::Cell;
use std::ptr::NonNull;
use std::thread;

// The fields of step 2, which decide `Send` and `Sync`; the methods do not.
#[allow(dead_code)] // only the types matter here
struct RcBox<T> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

pub struct MyRc<T> {
    ptr: NonNull<RcBox<T>>,
}

impl<T> MyRc<T> {
    pub fn new(value: T) -> Self {
        let boxed = Box::new(RcBox {
            strong: Cell::new(1),
            weak: Cell::new(1),
            value,
        });
        MyRc {
            ptr: NonNull::from(Box::leak(boxed)),
        }
    }
}

impl<T> Clone for MyRc<T> {
    fn clone(&self) -> Self {
        // SAFETY: a live `MyRc` keeps the allocation alive.
        let strong = unsafe { &self.ptr.as_ref().strong };
        strong.set(strong.get() + 1);
        MyRc { ptr: self.ptr }
    }
}

// ANCHOR: sent_to_thread
fn main() {
    let shared = MyRc::new(vec![1, 2, 3]);
    let for_thread = shared.clone();
    // Were this allowed, both threads could change `strong` at once.
    thread::spawn(move || drop(for_thread)).join().unwrap();
    drop(shared);
}
// ANCHOR_END: sent_to_thread
