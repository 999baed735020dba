use std::cell::Cell;

// ANCHOR: slice_of_cells
fn main() {
    let mut balances = [100, 250, 75, 300];

    // One `&mut [i32]` becomes many shared `&Cell<i32>`s...
    let cells: &[Cell<i32>] = Cell::from_mut(&mut balances[..]).as_slice_of_cells();

    // ...so two of them can be used at once, which two `&mut` could not.
    let (from, to) = (&cells[3], &cells[0]);
    let amount = 50;
    from.set(from.get() - amount);
    to.set(to.get() + amount);

    // Each element sees its left neighbour: a running total, in place.
    for pair in cells.windows(2) {
        pair[1].set(pair[1].get() + pair[0].get());
    }
    println!("{balances:?}");
}
// ANCHOR_END: slice_of_cells
