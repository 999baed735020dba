use std::cell::Cell;

// ANCHOR: update
fn main() {
    let visits = Cell::new(0_u32);
    for _ in 0..3 {
        visits.update(|count| count + 1); // get, apply, set: one call
    }
    println!("visits = {}", visits.get());

    visits.update(|count| count * 2); // any function of the old value
    println!("doubled = {}", visits.get());

    // The function runs between the `get` and the `set`, so a write it makes
    // to the same cell is overwritten by the result: not unsound, but lost.
    visits.update(|count| {
        visits.set(100);
        count + 1
    });
    println!("after a write from inside = {}", visits.get());
}
// ANCHOR_END: update
