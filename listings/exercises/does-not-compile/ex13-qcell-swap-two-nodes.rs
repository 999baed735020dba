// Exercise 13 (QCell): the nodes of a graph keep their weights in `QCell`s
// of one owner. `swap_weights` does not compile. Make it compile, and keep
// the single owner.
use qcell::{QCell, QCellOwner};

// ANCHOR: starter
struct Node {
    name: &'static str,
    weight: QCell<u32>,
}

fn swap_weights(owner: &mut QCellOwner, a: &Node, b: &Node) {
    let first = owner.rw(&a.weight);
    let second = owner.rw(&b.weight);
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
// ANCHOR_END: starter
