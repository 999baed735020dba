use qcell::{LCell, LCellOwner, QCell, QCellOwner, TCell, TCellOwner, TLCell, TLCellOwner};
use std::cell::RefCell;
use std::mem::size_of;

struct Marker;

macro_rules! row {
    ($t:ty) => {
        println!("{:<24}{:>3}", stringify!($t), size_of::<$t>())
    };
}

// ANCHOR: sizes
fn main() {
    println!("{:<24}{:>3}", "type", "bytes");
    row!(u32);
    row!(RefCell<u32>); // a borrow counter
    row!(QCell<u32>); // the owner's id
    row!(TCell<Marker, u32>); // nothing: the owner is a type
    row!(TLCell<Marker, u32>);
    row!(LCell<'static, u32>); // nothing: the owner is a lifetime
    row!(QCellOwner); // a pointer to a small allocation: its id
    row!(TCellOwner<Marker>);
    row!(TLCellOwner<Marker>);
    row!(LCellOwner<'static>);
}
// ANCHOR_END: sizes
