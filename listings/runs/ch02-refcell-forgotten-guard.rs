use std::cell::RefCell;
use std::mem;

// ANCHOR: forgotten_guard
fn main() {
    let mut tasks = RefCell::new(vec!["write"]);

    // A forgotten guard never runs its `Drop`, so the count stays "writing".
    mem::forget(tasks.borrow_mut());
    println!(
        "after forget, borrow:      {:?}",
        tasks.try_borrow().map(|t| t.len())
    );

    // `get_mut` needs `&mut RefCell`, which already proves no guard is in use,
    // so it does not look at the count.
    tasks.get_mut().push("test");
    println!("get_mut through &mut:      {:?}", tasks.get_mut());

    // It does not reset the count either: shared access is still refused.
    println!(
        "borrow after get_mut:      {:?}",
        tasks.try_borrow().map(|t| t.len())
    );
    println!("into_inner:                {:?}", tasks.into_inner());

    // A forgotten `Ref` leaves one reader counted: reads go on, writes never.
    let notes = RefCell::new(1);
    mem::forget(notes.borrow());
    println!(
        "forgotten Ref, borrow:     {:?}",
        notes.try_borrow().map(|n| *n)
    );
    println!(
        "forgotten Ref, borrow_mut: {:?}",
        notes.try_borrow_mut().map(|n| *n)
    );
}
// ANCHOR_END: forgotten_guard
