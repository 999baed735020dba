use std::cell::RefCell;

// ANCHOR: copy_first
/// Appends a copy of `source` to `target`, also when both are one cell.
fn append_copy(target: &RefCell<Vec<u32>>, source: &RefCell<Vec<u32>>) {
    let copy = source.borrow().clone(); // the `Ref` ends at this `;`
    target.borrow_mut().extend(copy);
}

fn main() {
    let evens = RefCell::new(vec![2, 4]);
    let odds = RefCell::new(vec![1, 3]);
    append_copy(&evens, &odds);
    println!("evens and odds: {:?}", evens.borrow());
    append_copy(&odds, &odds); // the same cell twice: no guard overlaps
    println!("odds twice: {:?}", odds.borrow());
}
// ANCHOR_END: copy_first
