// Exercise 2 (Cell): a shopping list in a `Cell<Vec<String>>`. `add` takes
// the vector out to push onto it. The test in `main` fails: make it pass.
use std::cell::Cell;

// ANCHOR: starter
struct List {
    items: Cell<Vec<String>>,
}

impl List {
    fn add(&self, item: &str) {
        let mut items = self.items.take();
        items.push(item.to_string());
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
// ANCHOR_END: starter
