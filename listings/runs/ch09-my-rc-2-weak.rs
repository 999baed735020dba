use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::ptr::NonNull;

// ANCHOR: rc_box
struct RcBox<T> {
    /// How many `MyRc`s there are. The value lives while it is above 0.
    strong: Cell<usize>,
    /// How many `MyWeak`s there are, plus 1 that all the `MyRc`s hold
    /// together. The allocation lives while it is above 0.
    weak: Cell<usize>,
    /// Dropped by hand when `strong` reaches 0, which may be long before
    /// the allocation is freed.
    value: ManuallyDrop<T>,
}

pub struct MyRc<T> {
    ptr: NonNull<RcBox<T>>,
}

/// A pointer to the allocation that keeps the allocation, not the value.
pub struct MyWeak<T> {
    ptr: NonNull<RcBox<T>>,
}

/// Adds 1 to a count, stopping the program where it would wrap.
fn increment(count: &Cell<usize>) {
    let n = count.get();
    if n == usize::MAX {
        std::process::abort();
    }
    count.set(n + 1);
}

/// The two counts of a live allocation.
///
/// # Safety
/// The allocation must stay allocated for as long as the two references
/// are used (`'a`); a weak count held by the caller ensures it.
unsafe fn counts<'a, T>(ptr: NonNull<RcBox<T>>) -> (&'a Cell<usize>, &'a Cell<usize>) {
    let ptr = ptr.as_ptr();
    // SAFETY: the caller promises the allocation is alive. These references
    // cover the two counts only, never the value: while the value is being
    // dropped, its destructor holds a `&mut` to it, which a reference that
    // covered the value would conflict with.
    unsafe { (&(*ptr).strong, &(*ptr).weak) }
}

/// Gives back one weak count, and frees the allocation if it was the last.
///
/// # Safety
/// The caller owns one weak count of a live allocation, and gives it up.
unsafe fn release_weak<T>(ptr: NonNull<RcBox<T>>) {
    // SAFETY: the caller's weak count keeps the allocation alive until here.
    let (_, weak) = unsafe { counts(ptr) };
    weak.set(weak.get() - 1);
    if weak.get() == 0 {
        // SAFETY: no `MyWeak` is left and no `MyRc` (their shared count is
        // gone too), so nothing points here any more. The pointer came from
        // `Box::leak`; the value is in a `ManuallyDrop`, which `Box`'s drop
        // leaves alone, and it was dropped when `strong` reached 0.
        drop(unsafe { Box::from_raw(ptr.as_ptr()) });
    }
}
// ANCHOR_END: rc_box

// ANCHOR: strong
impl<T> MyRc<T> {
    pub fn new(value: T) -> Self {
        let boxed = Box::new(RcBox {
            strong: Cell::new(1),
            weak: Cell::new(1),
            value: ManuallyDrop::new(value),
        });
        MyRc {
            ptr: NonNull::from(Box::leak(boxed)),
        }
    }

    fn counts(&self) -> (&Cell<usize>, &Cell<usize>) {
        // SAFETY: while a `MyRc` lives, the weak count includes the 1 that
        // the `MyRc`s hold together, so the allocation is alive.
        unsafe { counts(self.ptr) }
    }

    pub fn strong_count(this: &Self) -> usize {
        this.counts().0.get()
    }

    /// The number of `MyWeak`s, without the 1 the `MyRc`s hold.
    pub fn weak_count(this: &Self) -> usize {
        this.counts().1.get() - 1
    }

    pub fn downgrade(this: &Self) -> MyWeak<T> {
        increment(this.counts().1);
        MyWeak { ptr: this.ptr }
    }
}

impl<T> Clone for MyRc<T> {
    fn clone(&self) -> Self {
        increment(self.counts().0);
        MyRc { ptr: self.ptr }
    }
}

impl<T> Deref for MyRc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: while a `MyRc` lives, `strong` is above 0, so the value
        // has not been dropped; nothing forms a `&mut` to it until `strong`
        // reaches 0, which cannot happen while this `&T` borrows `self`.
        unsafe { &(*self.ptr.as_ptr()).value }
    }
}

impl<T> Drop for MyRc<T> {
    fn drop(&mut self) {
        let (strong, _) = self.counts();
        strong.set(strong.get() - 1);
        if strong.get() == 0 {
            // SAFETY: this was the last `MyRc`, so no `&T` from `deref` is
            // left. `strong` is already 0, so a `MyWeak` cannot upgrade and
            // reach the value while (or after) it is dropped.
            unsafe { ManuallyDrop::drop(&mut (*self.ptr.as_ptr()).value) };
            // SAFETY: the last `MyRc` gives up the weak count that the
            // `MyRc`s held together.
            unsafe { release_weak(self.ptr) };
        }
    }
}
// ANCHOR_END: strong

// ANCHOR: weak
impl<T> MyWeak<T> {
    fn counts(&self) -> (&Cell<usize>, &Cell<usize>) {
        // SAFETY: this `MyWeak` holds one weak count, so the allocation is
        // alive; the value may not be, and `counts` does not touch it.
        unsafe { counts(self.ptr) }
    }

    /// A new `MyRc` if the value is still there.
    pub fn upgrade(&self) -> Option<MyRc<T>> {
        let (strong, _) = self.counts();
        if strong.get() == 0 {
            return None;
        }
        increment(strong);
        Some(MyRc { ptr: self.ptr })
    }

    pub fn strong_count(&self) -> usize {
        self.counts().0.get()
    }
}

impl<T> Drop for MyWeak<T> {
    fn drop(&mut self) {
        // SAFETY: this `MyWeak` owns one weak count and gives it up.
        unsafe { release_weak(self.ptr) };
    }
}
// ANCHOR_END: weak

/// A value that says when it is dropped.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  dropping {}", self.0);
    }
}

// ANCHOR: use_weak
fn main() {
    let cache = MyRc::new(Noisy("cache"));
    let watcher = MyRc::downgrade(&cache);
    let counts = |rc: &MyRc<Noisy>| (MyRc::strong_count(rc), MyRc::weak_count(rc));
    println!("after downgrade: (strong, weak) = {:?}", counts(&cache));
    if let Some(again) = watcher.upgrade() {
        println!("upgrade gives {}: {:?}", again.0, counts(&again));
    }
    println!("after it is dropped: {:?}", counts(&cache));

    println!("dropping the last MyRc:");
    drop(cache);
    println!("the MyWeak reads strong = {}", watcher.strong_count());
    println!("upgrade now gives None: {}", watcher.upgrade().is_none());
    drop(watcher); // the last weak count: the allocation is freed here
    drop_with_weak_to_itself();
    println!("done");
}
// ANCHOR_END: use_weak

// ANCHOR: weak_to_itself
/// A value that holds a `MyWeak` to its own allocation.
struct Node {
    me: Cell<Option<MyWeak<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        let me = self.me.take().expect("set in main");
        let none = me.upgrade().is_none();
        println!("  in Node's drop, upgrade gives None: {none}");
        drop(me); // weak 2 -> 1: the 1 of the `MyRc`s keeps the allocation
        println!("  the MyWeak is gone, the allocation is not");
    }
}

fn drop_with_weak_to_itself() {
    let node = MyRc::new(Node {
        me: Cell::new(None),
    });
    node.me.set(Some(MyRc::downgrade(&node)));
    println!("dropping a Node that holds a MyWeak to itself:");
    drop(node);
}
// ANCHOR_END: weak_to_itself
