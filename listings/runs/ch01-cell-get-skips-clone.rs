use std::cell::Cell;

// ANCHOR: get_skips_clone
/// A `Copy` type whose `clone` is written by hand, and says so when it runs.
#[derive(Copy)]
struct Ticket(u32);

// Clippy wants `clone` of a `Copy` type to be `*self`; this one is not on
// purpose, to show that `Cell::get` never calls it.
#[allow(clippy::non_canonical_clone_impl)]
impl Clone for Ticket {
    fn clone(&self) -> Self {
        println!("clone ran");
        Ticket(self.0 + 1000)
    }
}

fn main() {
    let cell = Cell::new(Ticket(7));
    let copied = cell.get(); // copies the bytes; no `clone` call
    println!("get: {}", copied.0);
    // Clippy would write `copied` here; the explicit call is the point.
    #[allow(clippy::clone_on_copy)]
    let cloned = copied.clone(); // an explicit `clone` runs the impl
    println!("clone: {}", cloned.0);
}
// ANCHOR_END: get_skips_clone
