use std::cell::Cell;
use std::collections::BTreeMap;

// ANCHOR: counter
/// A read-only phone book that still counts how often it is asked.
struct PhoneBook {
    numbers: BTreeMap<&'static str, &'static str>,
    lookups: Cell<u32>,
    missed: Cell<bool>,
}

impl PhoneBook {
    /// `&self`: looking a name up does not change the phone book...
    fn find(&self, name: &str) -> Option<&'static str> {
        self.lookups.set(self.lookups.get() + 1); // ...but it does count.
        let found = self.numbers.get(name).copied();
        if found.is_none() {
            self.missed.set(true);
        }
        found
    }
}

fn main() {
    let book = PhoneBook {
        numbers: BTreeMap::from([("ada", "555-0100"), ("grace", "555-0199")]),
        lookups: Cell::new(0),
        missed: Cell::new(false),
    };
    let shared = &book;
    println!("ada: {:?}", shared.find("ada"));
    println!("alan: {:?}", shared.find("alan"));
    println!(
        "lookups = {}, missed any = {}",
        book.lookups.get(),
        book.missed.get()
    );
}
// ANCHOR_END: counter
