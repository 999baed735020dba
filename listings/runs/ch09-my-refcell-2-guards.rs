use std::cell::{Cell, UnsafeCell};
use std::ops::{Deref, DerefMut};

pub struct MyRefCell<T> {
    /// 0: not borrowed; n > 0: n shared borrows; -1: one mutable borrow.
    borrows: Cell<isize>,
    value: UnsafeCell<T>,
}

// ANCHOR: guards
/// A shared borrow. The count includes it for as long as it lives.
pub struct Ref<'a, T> {
    cell: &'a MyRefCell<T>,
}

/// The mutable borrow. The count is -1 for as long as it lives.
pub struct RefMut<'a, T> {
    cell: &'a MyRefCell<T>,
}

impl<T> MyRefCell<T> {
    pub const fn new(value: T) -> Self {
        MyRefCell {
            borrows: Cell::new(0),
            value: UnsafeCell::new(value),
        }
    }

    pub fn borrow(&self) -> Option<Ref<'_, T>> {
        let n = self.borrows.get();
        if n < 0 || n == isize::MAX {
            return None;
        }
        self.borrows.set(n + 1);
        Some(Ref { cell: self })
    }

    pub fn borrow_mut(&self) -> Option<RefMut<'_, T>> {
        if self.borrows.get() != 0 {
            return None;
        }
        self.borrows.set(-1);
        Some(RefMut { cell: self })
    }

    /// The count, to watch the guards at work.
    pub fn borrows(&self) -> isize {
        self.borrows.get()
    }
}

impl<T> Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: while this `Ref` lives, the count includes it and is above
        // 0, so no `RefMut` exists and none can be made.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> Drop for Ref<'_, T> {
    fn drop(&mut self) {
        self.cell.borrows.set(self.cell.borrows.get() - 1);
    }
}

impl<T> Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the count is -1 while this `RefMut` lives, so it is the
        // only guard; the `&T` borrows `self`, so `deref_mut` cannot run
        // while it lives.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the count is -1 while this `RefMut` lives, so it is the
        // only guard, and `&mut self` makes this the only reference it lends.
        unsafe { &mut *self.cell.value.get() }
    }
}

impl<T> Drop for RefMut<'_, T> {
    fn drop(&mut self) {
        self.cell.borrows.set(0);
    }
}
// ANCHOR_END: guards

// ANCHOR: guards_count
fn main() {
    let log = MyRefCell::new(vec!["start"]);
    {
        let (first, second) = (log.borrow().unwrap(), log.borrow().unwrap());
        println!("two readers see {:?} and {:?}", *first, *second);
        println!("  count = {}", log.borrows());
        println!("  a writer now: {}", log.borrow_mut().is_some());
    } // both `Ref`s are dropped here
    println!("count after the readers = {}", log.borrows());

    let mut writer = log.borrow_mut().unwrap();
    writer.push("step");
    println!("count with a writer = {}", log.borrows());
    println!("  a reader now: {}", log.borrow().is_some());
    drop(writer);
    println!("after the writer: {:?}", *log.borrow().unwrap());
}
// ANCHOR_END: guards_count
