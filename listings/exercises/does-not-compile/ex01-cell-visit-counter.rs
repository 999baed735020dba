// Exercise 1 (Cell): count the visits of a page that is only ever lent out
// as `&Page`. Make `visit` compile without changing its `&self` signature.
// ANCHOR: starter
struct Page {
    title: String,
    visits: u32,
}

impl Page {
    fn visit(&self) {
        self.visits += 1;
    }
}

fn main() {
    let page = Page {
        title: "home".to_string(),
        visits: 0,
    };
    let shared = &page;
    shared.visit();
    shared.visit();
    assert_eq!(page.visits, 2);
    println!("{} visited {} times", page.title, page.visits);
}
// ANCHOR_END: starter
