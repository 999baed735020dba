use qcell::{QCell, QCellOwner};

// ANCHOR: ro_and_rw
fn main() {
    let mut owner = QCellOwner::new();
    let balance = QCell::new(&owner, 100); // cells remember their owner...
    let history = owner.cell(Vec::<i32>::new()); // ...however they are made

    // `ro` needs only `&owner`: any number of reads at once.
    let (b, h) = (balance.ro(&owner), owner.ro(&history));
    println!("balance {b}, history {h:?}");

    // `rw` needs `&mut owner`: one cell at a time, checked by the compiler.
    *balance.rw(&mut owner) -= 30;
    owner.rw(&history).push(-30);

    println!(
        "balance {}, history {:?}",
        balance.ro(&owner),
        history.ro(&owner)
    );
}
// ANCHOR_END: ro_and_rw
