// Exercise 1 (Cell), solved: the count lives in a `Cell`, which `set`s a
// new value through a shared reference.
use std::cell::Cell;

// ANCHOR: solution
struct Page {
    title: String,
    visits: Cell<u32>,
}

impl Page {
    fn visit(&self) {
        self.visits.set(self.visits.get() + 1);
    }
}

fn main() {
    let page = Page {
        title: "home".to_string(),
        visits: Cell::new(0),
    };
    let shared = &page;
    shared.visit();
    shared.visit();
    assert_eq!(page.visits.get(), 2);
    println!("{} visited {} times", page.title, page.visits.get());
}
// ANCHOR_END: solution
