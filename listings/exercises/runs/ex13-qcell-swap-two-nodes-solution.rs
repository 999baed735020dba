// Exercise 13 (QCell), solved: one `&mut QCellOwner` lends out one `&mut`
// at a time; `rw2` lends two at once, after checking at run time that they
// are two different cells (it panics if they are the same one).
use qcell::{QCell, QCellOwner};

// ANCHOR: solution
struct Node {
    name: &'static str,
    weight: QCell<u32>,
}

fn swap_weights(owner: &mut QCellOwner, a: &Node, b: &Node) {
    if std::ptr::eq(a, b) {
        return; // swapping a weight with itself changes nothing
    }
    let (first, second) = owner.rw2(&a.weight, &b.weight);
    std::mem::swap(first, second);
}

fn main() {
    let mut owner = QCellOwner::new();
    let left = Node {
        name: "left",
        weight: QCell::new(&owner, 3),
    };
    let right = Node {
        name: "right",
        weight: QCell::new(&owner, 7),
    };
    swap_weights(&mut owner, &left, &right);
    swap_weights(&mut owner, &left, &left);
    assert_eq!((*owner.ro(&left.weight), *owner.ro(&right.weight)), (7, 3));
    println!(
        "{} {}, {} {}",
        left.name,
        owner.ro(&left.weight),
        right.name,
        owner.ro(&right.weight)
    );
}
// ANCHOR_END: solution
