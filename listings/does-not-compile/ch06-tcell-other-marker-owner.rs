use qcell::{TCell, TCellOwner};

// ANCHOR: other_marker_owner
struct Scoreboard;
struct Inventory;

fn main() {
    let home = TCell::<Scoreboard, i32>::new(0);
    let mut owner = TCellOwner::<Inventory>::new();
    *home.rw(&mut owner) += 1; // an `Inventory` owner for a `Scoreboard` cell
}
// ANCHOR_END: other_marker_owner
