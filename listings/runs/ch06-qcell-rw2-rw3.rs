use qcell::{QCell, QCellOwner};

// ANCHOR: rw2_rw3
fn transfer(owner: &mut QCellOwner, from: &QCell<i32>, to: &QCell<i32>, amount: i32) {
    let (from, to) = owner.rw2(from, to); // two `&mut` at once
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut owner = QCellOwner::new();
    let checking = owner.cell(100);
    let savings = owner.cell(500);
    let holiday = owner.cell(0);

    transfer(&mut owner, &savings, &checking, 50);

    // Three at once: move every balance one account along.
    let (a, b, c) = owner.rw3(&checking, &savings, &holiday);
    std::mem::swap(a, b);
    std::mem::swap(b, c);

    for (name, cell) in [
        ("checking", &checking),
        ("savings", &savings),
        ("holiday", &holiday),
    ] {
        println!("{name}: {}", cell.ro(&owner));
    }
}
// ANCHOR_END: rw2_rw3
