use std::cell::Cell;
use std::ops::Deref;
use std::ptr::NonNull;

struct RcBox<T> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

pub struct MyRc<T> {
    ptr: NonNull<RcBox<T>>,
}

pub struct MyWeak<T> {
    ptr: NonNull<RcBox<T>>,
}

impl<T> MyRc<T> {
    pub fn new(value: T) -> Self {
        let boxed = Box::new(RcBox {
            strong: Cell::new(1),
            weak: Cell::new(0),
            value,
        });
        MyRc {
            ptr: NonNull::from(Box::leak(boxed)),
        }
    }

    pub fn downgrade(this: &Self) -> MyWeak<T> {
        // SAFETY: a live `MyRc` keeps the allocation alive.
        let inner = unsafe { this.ptr.as_ref() };
        inner.weak.set(inner.weak.get() + 1);
        MyWeak { ptr: this.ptr }
    }
}

impl<T> Deref for MyRc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: a live `MyRc` keeps the allocation and the value alive.
        unsafe { &self.ptr.as_ref().value }
    }
}

impl<T> MyWeak<T> {
    pub fn upgrade(&self) -> Option<MyRc<T>> {
        // SAFETY: assumed, wrongly, that the allocation outlives every
        // `MyWeak`; the `Drop` of `MyRc` below does not keep that promise.
        let inner = unsafe { &*self.ptr.as_ptr() };
        if inner.strong.get() == 0 {
            return None;
        }
        inner.strong.set(inner.strong.get() + 1);
        Some(MyRc { ptr: self.ptr })
    }
}

// ANCHOR: frees_too_soon
impl<T> Drop for MyRc<T> {
    fn drop(&mut self) {
        // SAFETY: a live `MyRc` keeps the allocation alive.
        let inner = unsafe { self.ptr.as_ref() };
        inner.strong.set(inner.strong.get() - 1);
        if inner.strong.get() == 0 {
            // SAFETY: none. The value may go now, but a `MyWeak` may still
            // point here, and this frees the counts it will read.
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}

fn main() {
    let cache = MyRc::new(String::from("cache"));
    let watcher = MyRc::downgrade(&cache);
    println!("cache holds {:?}", *cache);
    drop(cache); // strong reaches 0: the value and the counts are freed
    let again = watcher.upgrade(); // reads `strong` in freed memory
    println!("upgrade gave Some: {}", again.is_some());
}
// ANCHOR_END: frees_too_soon
