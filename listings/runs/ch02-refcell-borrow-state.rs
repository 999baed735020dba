use std::cell::{Ref, RefCell};

// ANCHOR: borrow_state
/// What the cell's borrow counter allows right now, found out by asking.
fn state<T>(cell: &RefCell<T>) -> &'static str {
    if cell.try_borrow_mut().is_ok() {
        "unused: a writer may come in"
    } else if cell.try_borrow().is_ok() {
        "reading: more readers may come in, no writer"
    } else {
        "writing: nobody else may come in"
    }
}

fn main() {
    let score = RefCell::new(0);
    println!("no guards     -> {}", state(&score));

    let first = score.borrow();
    let second = score.borrow();
    let third = Ref::clone(&first); // cloning a `Ref` counts one more reader
    println!("three readers -> {}", state(&score));
    drop(first);
    drop(second);
    println!("one reader    -> {}", state(&score));
    drop(third);

    let mut writer = score.borrow_mut();
    *writer += 1;
    println!("one writer    -> {}", state(&score));
    println!("Debug while written: {score:?}");
    drop(writer);
    println!("Debug when free:     {score:?}");
}
// ANCHOR_END: borrow_state
