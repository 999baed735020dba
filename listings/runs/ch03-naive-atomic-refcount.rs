use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering, fence};
use std::thread;

// ANCHOR: naive_refcount
/// A bare-bones `Arc`: one heap block holding a count and the value.
struct Shared<T> {
    block: NonNull<Block<T>>,
}

struct Block<T> {
    owners: AtomicUsize,
    value: T,
}

// SAFETY: a `Shared<T>` gives other threads `&T` (so `T: Sync`) and may be
// the last owner, which drops `T` on whatever thread it is on (so `T: Send`).
// The count itself is atomic. This is the same bound `Arc<T>` has.
unsafe impl<T: Send + Sync> Send for Shared<T> {}
// SAFETY: `&Shared<T>` allows `clone` (an atomic increment) and `&T`; both
// are safe from many threads when `T: Send + Sync`.
unsafe impl<T: Send + Sync> Sync for Shared<T> {}

impl<T> Shared<T> {
    fn new(value: T) -> Shared<T> {
        let block = Box::new(Block {
            owners: AtomicUsize::new(1),
            value,
        });
        Shared {
            block: NonNull::from(Box::leak(block)),
        }
    }

    fn block(&self) -> &Block<T> {
        // SAFETY: the block is freed only when the count reaches zero, and
        // this `Shared` still counts as one owner.
        unsafe { self.block.as_ref() }
    }

    fn owners(&self) -> usize {
        self.block().owners.load(Ordering::Relaxed)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        // Relaxed: a new owner needs no data from other threads.
        let before = self.block().owners.fetch_add(1, Ordering::Relaxed);
        if before > usize::MAX / 2 {
            std::process::abort(); // `mem::forget` in a loop could overflow the count
        }
        Shared { block: self.block }
    }
}

impl<T> Drop for Shared<T> {
    fn drop(&mut self) {
        // Release: this owner's use of the value happens before the free...
        if self.block().owners.fetch_sub(1, Ordering::Release) == 1 {
            fence(Ordering::Acquire); // ...and the free sees every owner's use.
            // SAFETY: the count was 1, so this was the last owner; nobody
            // else can reach the block any more.
            drop(unsafe { Box::from_raw(self.block.as_ptr()) });
        }
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.block().value
    }
}
// ANCHOR_END: naive_refcount

// ANCHOR: naive_refcount_use
struct Report(&'static str);

impl Drop for Report {
    fn drop(&mut self) {
        println!("{} freed", self.0);
    }
}

fn main() {
    let report = Shared::new(Report("quarterly report"));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let copy = report.clone();
            thread::spawn(move || copy.0.len()) // each thread owns one count
        })
        .collect();
    let lengths: Vec<usize> = readers.into_iter().map(|r| r.join().unwrap()).collect();
    println!("lengths read: {lengths:?}");
    println!("owners left: {}", report.owners());
    drop(report); // the last owner frees the value
}
// ANCHOR_END: naive_refcount_use
