// Exercise 2 (Cell), solved: `take` leaves an empty vector behind, so `add`
// must `set` the grown one back.
use std::cell::Cell;

// ANCHOR: solution
struct List {
    items: Cell<Vec<String>>,
}

impl List {
    fn add(&self, item: &str) {
        let mut items = self.items.take();
        items.push(item.to_string());
        self.items.set(items);
    }

    fn len(&self) -> usize {
        let items = self.items.take();
        let len = items.len();
        self.items.set(items);
        len
    }
}

fn main() {
    let list = List {
        items: Cell::new(Vec::new()),
    };
    list.add("milk");
    list.add("bread");
    assert_eq!(list.len(), 2, "both items are on the list");
    println!("{} items", list.len());
}
// ANCHOR_END: solution
