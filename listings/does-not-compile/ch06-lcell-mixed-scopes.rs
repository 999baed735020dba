use qcell::{LCell, LCellOwner};

// ANCHOR: mixed_scopes
fn main() {
    LCellOwner::scope(|outer| {
        let name = LCell::new(String::from("outer"));
        println!("{}", name.ro(&outer)); // `name` belongs to `outer`...
        LCellOwner::scope(|mut inner| {
            inner.rw(&name).push_str("?"); // ...not to `inner`
        });
    });
}
// ANCHOR_END: mixed_scopes
