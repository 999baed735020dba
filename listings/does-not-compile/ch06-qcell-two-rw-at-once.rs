use qcell::{QCell, QCellOwner};

// ANCHOR: two_rw_at_once
fn main() {
    let mut owner = QCellOwner::new();
    let checking = QCell::new(&owner, 100);
    let savings = QCell::new(&owner, 500);

    let from = checking.rw(&mut owner); // first `&mut owner`...
    let to = savings.rw(&mut owner); // ...second, while the first is alive
    *from -= 50;
    *to += 50;
}
// ANCHOR_END: two_rw_at_once
