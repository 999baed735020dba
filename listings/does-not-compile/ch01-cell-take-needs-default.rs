use std::cell::Cell;

// ANCHOR: take_needs_default
/// A file handle stand-in: it has no sensible "empty" value.
struct Connection {
    port: u16,
}

fn main() {
    let slot = Cell::new(Connection { port: 5432 });
    let connection = slot.take(); // what would `take` leave behind?
    println!("{}", connection.port);
}
// ANCHOR_END: take_needs_default
