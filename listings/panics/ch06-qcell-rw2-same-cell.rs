use qcell::{QCell, QCellOwner};

// ANCHOR: rw2_same_cell
fn transfer(owner: &mut QCellOwner, from: &QCell<i32>, to: &QCell<i32>, amount: i32) {
    let (from, to) = owner.rw2(from, to);
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut owner = QCellOwner::new();
    let accounts = [owner.cell(100), owner.cell(500)];
    let (payer, payee) = (0, 0); // a user picked the same account twice
    transfer(&mut owner, &accounts[payer], &accounts[payee], 10);
    println!("done");
}
// ANCHOR_END: rw2_same_cell
