use std::cell::Cell;

// ANCHOR: clone_via_take
#[derive(Default)]
struct Note(String);

thread_local! {
    static NOTE: Cell<Note> = Cell::new(Note(String::from("first draft")));
}

impl Clone for Note {
    /// The same `clone` that writes the cell it is cloned from.
    fn clone(&self) -> Self {
        let text: &str = &self.0;
        NOTE.with(|note| note.set(Note(String::from("second draft"))));
        Note(text.to_owned())
    }
}

/// A safe clone out of a cell: no reference into the cell exists while
/// `clone` runs, because the value is not in the cell at that time.
fn get_clone<T: Clone + Default>(cell: &Cell<T>) -> (T, T) {
    let value = cell.take(); // the cell holds `T::default()` meanwhile
    let copy = value.clone(); // free to write the cell
    let left_by_clone = cell.replace(value);
    (copy, left_by_clone)
}

fn main() {
    let (copy, left_by_clone) = NOTE.with(get_clone);
    println!("copy:          {}", copy.0);
    println!("left by clone: {}", left_by_clone.0);
    println!("in the cell:   {}", NOTE.with(|note| note.take()).0);
}
// ANCHOR_END: clone_via_take
