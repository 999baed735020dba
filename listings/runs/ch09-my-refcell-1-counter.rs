use std::cell::{Cell, UnsafeCell};

// ANCHOR: counter
/// Step 1 of `MyRefCell`: a borrow counter beside the value.
pub struct MyRefCell<T> {
    /// 0: not borrowed; n > 0: n shared borrows; -1: one mutable borrow.
    borrows: Cell<isize>,
    value: UnsafeCell<T>,
}

impl<T> MyRefCell<T> {
    pub const fn new(value: T) -> Self {
        MyRefCell {
            borrows: Cell::new(0),
            value: UnsafeCell::new(value),
        }
    }

    pub fn borrow(&self) -> Option<&T> {
        let n = self.borrows.get();
        if n < 0 || n == isize::MAX {
            return None; // a writer is active, or the count would overflow
        }
        self.borrows.set(n + 1);
        // SAFETY: the count was not -1, so no `&mut T` exists, and from now
        // on it is above 0, so `borrow_mut` refuses: no `&mut T` can start.
        Some(unsafe { &*self.value.get() })
    }

    // Clippy rejects `&self -> &mut T`, as it is nearly always unsound; here
    // it is sound only because the count never leaves -1 again.
    #[allow(clippy::mut_from_ref)]
    pub fn borrow_mut(&self) -> Option<&mut T> {
        if self.borrows.get() != 0 {
            return None; // someone else holds a borrow
        }
        self.borrows.set(-1);
        // SAFETY: the count was 0, so no reference into the value exists, and
        // from now on it is -1, so both methods refuse every later borrow.
        Some(unsafe { &mut *self.value.get() })
    }
}
// ANCHOR_END: counter

// ANCHOR: never_counts_down
fn main() {
    let log = MyRefCell::new(vec!["start"]);
    let (first, second) = (log.borrow(), log.borrow());
    println!("two readers: {first:?} {second:?}");
    println!("a writer meanwhile: {:?}", log.borrow_mut());
    // `first` and `second` are gone, but the count does not know it.
    println!("a writer later: {:?}", log.borrow_mut());
}
// ANCHOR_END: never_counts_down
