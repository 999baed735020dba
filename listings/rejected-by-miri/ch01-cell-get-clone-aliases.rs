use std::cell::Cell;

// ANCHOR: get_clone
#[derive(Default)]
struct Note(String);

thread_local! {
    static NOTE: Cell<Note> = Cell::new(Note(String::from("first draft")));
}

impl Clone for Note {
    /// A `clone` may run any code; this one writes the cell it is cloned from.
    fn clone(&self) -> Self {
        let text: &str = &self.0; // points into the `String`'s buffer
        NOTE.with(|note| note.set(Note(String::from("second draft"))));
        Note(text.to_owned()) // that buffer was just freed by `set`
    }
}

/// `get` as it would be with `T: Clone` instead of `T: Copy`.
fn get_clone<T: Clone>(cell: &Cell<T>) -> T {
    // SAFETY: none. This assumes `clone` cannot reach `cell`, and it can.
    unsafe { (*cell.as_ptr()).clone() }
}

fn main() {
    let copy = NOTE.with(get_clone);
    println!("{}", copy.0);
}
// ANCHOR_END: get_clone
