use std::cell::Cell;

// ANCHOR: covariant
/// A shared reference may forget that its target lives forever: nobody can
/// write through it, so nobody can store a shorter-lived value there.
fn shorten<'a>(text: &'a &'static str) -> &'a &'a str {
    text
}

fn main() {
    let motto: &'static str = "written in the binary";
    let local = String::from("lives as long as main");
    let view: &&str = shorten(&motto);
    println!("{view}");

    // A cell that must take `local` is a cell of the shorter type from the start.
    let short_lived: Cell<&str> = Cell::new(motto);
    short_lived.set(&local);
    println!("{}", short_lived.get());
}
// ANCHOR_END: covariant
