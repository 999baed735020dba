use std::cell::Cell;

// ANCHOR: invariant
/// Would turn a cell of `&'static str` into a cell of any shorter `&str`.
fn shorten<'a>(cell: &'a Cell<&'static str>) -> &'a Cell<&'a str> {
    cell
}

fn main() {
    let motto = Cell::new("written in the binary");
    {
        let local = String::from("freed at the end of this block");
        shorten(&motto).set(&local);
    }
    println!("{}", motto.get()); // would read the freed `String`
}
// ANCHOR_END: invariant
