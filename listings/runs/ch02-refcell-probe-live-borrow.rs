use std::cell::RefCell;
use std::panic::Location;

// ANCHOR: probe
/// A probe to drop into code while hunting a borrow: it reports, with the
/// line it was called from, whether a writer could get in right now.
#[track_caller]
fn probe<T>(cell: &RefCell<T>) {
    let at = Location::caller();
    if cell.try_borrow_mut().is_ok() {
        println!("{at}: free");
    } else if cell.try_borrow().is_ok() {
        println!("{at}: held by a reader");
    } else {
        println!("{at}: held by a writer");
    }
}

fn main() {
    let stock = RefCell::new(vec!["rope", "lamp"]);
    probe(&stock);
    let first = stock.borrow();
    let item = first[0];
    probe(&stock); // `first` was last used on the line above
    println!("picked {item}");
    drop(first);
    probe(&stock);
}
// ANCHOR_END: probe
