use std::cell::RefCell;

// ANCHOR: aliased_arguments
/// Appends a copy of `source` to `target`. Fine for two different cells...
fn append_copy(target: &RefCell<Vec<u32>>, source: &RefCell<Vec<u32>>) {
    let mut target = target.borrow_mut();
    target.extend(source.borrow().iter()); // ...but what if both are one cell?
}

fn main() {
    let evens = RefCell::new(vec![2, 4]);
    let odds = RefCell::new(vec![1, 3]);
    append_copy(&evens, &odds);
    println!("evens and odds: {:?}", evens.borrow());
    append_copy(&odds, &odds); // double the list: the same cell twice
    println!("odds twice: {:?}", odds.borrow());
}
// ANCHOR_END: aliased_arguments
