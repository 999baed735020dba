use std::cell::Cell;

// ANCHOR: slice_of_cells
/// Moves `amount` from one account to another, through shared references.
fn transfer(from: &Cell<i32>, to: &Cell<i32>, amount: i32) {
    from.set(from.get() - amount);
    to.set(to.get() + amount);
}

fn main() {
    let mut balances = [100, 250, 75, 300];

    // One `&mut [i32]` becomes many shared `&Cell<i32>`s...
    let cells: &[Cell<i32>] = Cell::from_mut(&mut balances[..]).as_slice_of_cells();

    // ...which may alias: a transfer from an account to itself is allowed,
    // and leaves the balance as it was.
    transfer(&cells[3], &cells[0], 50);
    transfer(&cells[2], &cells[2], 10);
    let now: Vec<i32> = cells.iter().map(Cell::get).collect();
    println!("after the transfers: {now:?}");

    // Many views at once: each element sees its left neighbour, and every
    // element but the ends is in two windows. A running total, in place.
    for pair in cells.windows(2) {
        pair[1].set(pair[1].get() + pair[0].get());
    }
    println!("running total: {balances:?}");
}
// ANCHOR_END: slice_of_cells
