use std::cell::{Cell, UnsafeCell};
use std::fmt;
use std::ops::{Deref, DerefMut};

pub struct MyRefCell<T> {
    /// 0: not borrowed; n > 0: n shared borrows; -1: one mutable borrow.
    borrows: Cell<isize>,
    value: UnsafeCell<T>,
}

pub struct Ref<'a, T> {
    cell: &'a MyRefCell<T>,
}

pub struct RefMut<'a, T> {
    cell: &'a MyRefCell<T>,
}

/// Why a borrow was refused: what the count said at the time.
#[derive(Debug)]
pub struct BorrowError {
    borrows: isize,
}

impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.borrows {
            -1 => write!(f, "MyRefCell is mutably borrowed"),
            n => write!(f, "MyRefCell has {n} shared borrow(s) alive"),
        }
    }
}

impl<T> MyRefCell<T> {
    pub const fn new(value: T) -> Self {
        MyRefCell {
            borrows: Cell::new(0),
            value: UnsafeCell::new(value),
        }
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        let borrows = self.borrows.get();
        if borrows < 0 || borrows == isize::MAX {
            return Err(BorrowError { borrows });
        }
        self.borrows.set(borrows + 1);
        Ok(Ref { cell: self })
    }

    /// Like `try_borrow`, but a refusal is a bug: panic, naming the caller.
    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(guard) => guard,
            Err(error) => panic!("cannot borrow: {error}"),
        }
    }

    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(guard) => guard,
            Err(error) => panic!("cannot borrow mutably: {error}"),
        }
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

// ANCHOR: forgets_to_count
impl<T> MyRefCell<T> {
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowError> {
        let borrows = self.borrows.get();
        if borrows != 0 {
            return Err(BorrowError { borrows });
        }
        // Forgot: `self.borrows.set(-1);`, so the count stays 0.
        Ok(RefMut { cell: self })
    }
}

fn main() {
    let scores = MyRefCell::new(vec![1, 2, 3]);
    let mut first = scores.borrow_mut();
    let mut second = scores.borrow_mut(); // should have panicked
    let top: &mut i32 = &mut first[0];
    second.push(4); // the vector is full, so it moves to a bigger buffer
    *top += 10; // writes into the buffer it left
    println!("top = {top}");
}
// ANCHOR_END: forgets_to_count
