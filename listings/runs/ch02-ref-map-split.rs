use std::cell::{Ref, RefCell, RefMut};

// ANCHOR: map_split
fn main() {
    let seats = RefCell::new([0_u8; 6]);

    // Two exclusive guards into one cell: the left and the right half.
    let (mut left, mut right) = RefMut::map_split(seats.borrow_mut(), |s| s.split_at_mut(3));
    left[0] = 1;
    right[2] = 1;
    println!("both halves out, a reader? {}", seats.try_borrow().is_ok());
    drop(left);
    println!("right half out,  a reader? {}", seats.try_borrow().is_ok());
    drop(right);
    println!("seats: {:?}", seats.borrow());

    // The shared version: two `Ref`s, and shared parts may overlap.
    let (front, all) = Ref::map_split(seats.borrow(), |s| (&s[0], &s[..]));
    println!("front {}, all {:?}", *front, &*all);
}
// ANCHOR_END: map_split
