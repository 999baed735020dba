use std::cell::Cell;

// ANCHOR: array_of_cells
fn main() {
    let mut rgb = [200u8, 120, 40];
    let whole: &Cell<[u8; 3]> = Cell::from_mut(&mut rgb);

    // The length is part of the type, so the pattern needs no slice check.
    let [red, green, blue]: &[Cell<u8>; 3] = whole.as_array_of_cells();
    red.swap(blue);
    green.set(green.get() / 2);

    // No copy was made: the first cell sits where the array starts.
    println!(
        "same address: {}",
        red.as_ptr() == whole.as_ptr().cast::<u8>()
    );
    println!("{rgb:?}");
}
// ANCHOR_END: array_of_cells
