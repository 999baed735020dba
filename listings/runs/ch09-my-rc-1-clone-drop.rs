use std::cell::Cell;
use std::ops::Deref;
use std::ptr::NonNull;

// ANCHOR: my_rc
/// The allocation every clone points to: the count beside the value.
struct RcBox<T> {
    strong: Cell<usize>,
    value: T,
}

pub struct MyRc<T> {
    ptr: NonNull<RcBox<T>>,
}

impl<T> MyRc<T> {
    pub fn new(value: T) -> Self {
        let boxed = Box::new(RcBox {
            strong: Cell::new(1),
            value,
        });
        MyRc {
            ptr: NonNull::from(Box::leak(boxed)),
        }
    }

    fn inner(&self) -> &RcBox<T> {
        // SAFETY: this `MyRc` is one of the `strong` owners, so the count is
        // at least 1 and the allocation is alive while `self` is. Nothing
        // forms a `&mut` to it while a `MyRc` is left: counts change
        // through `Cell`, and only the last `drop` takes it back as a `Box`.
        unsafe { self.ptr.as_ref() }
    }

    pub fn strong_count(this: &Self) -> usize {
        this.inner().strong.get()
    }
}

impl<T> Clone for MyRc<T> {
    fn clone(&self) -> Self {
        let strong = self.inner().strong.get();
        // A count that wraps would free the value under a live owner
        // (`mem::forget` on clones is safe code); stop instead, as `Rc` does.
        if strong == usize::MAX {
            std::process::abort();
        }
        self.inner().strong.set(strong + 1);
        MyRc { ptr: self.ptr }
    }
}

impl<T> Deref for MyRc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> Drop for MyRc<T> {
    fn drop(&mut self) {
        let strong = self.inner().strong.get() - 1;
        self.inner().strong.set(strong);
        if strong == 0 {
            // SAFETY: the count was 1, so this was the last owner: no other
            // `MyRc` and no reference from `deref` is left. The pointer came
            // from `Box::leak` in `new`, and nothing freed it since.
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}
// ANCHOR_END: my_rc

/// A value that says when it is dropped.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  dropping {}", self.0);
    }
}

// ANCHOR: use_my_rc
fn main() {
    let first = MyRc::new(Noisy("config"));
    println!("after new: strong = {}", MyRc::strong_count(&first));
    let second = first.clone();
    println!("after clone: strong = {}", MyRc::strong_count(&first));
    println!("second reads {}", second.0);
    drop(first);
    println!("after one drop: strong = {}", MyRc::strong_count(&second));
    println!("dropping the last owner:");
    drop(second);
    println!("done");
}
// ANCHOR_END: use_my_rc
