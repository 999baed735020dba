use std::cell::OnceCell;

// ANCHOR: get_or_init
/// An article whose headline is derived from its text the first time
/// someone asks for it, and never again.
struct Article {
    text: String,
    headline: OnceCell<String>,
}

impl Article {
    fn new(text: &str) -> Self {
        Article {
            text: text.to_string(),
            headline: OnceCell::new(),
        }
    }

    /// `&self`, and it returns a plain `&str` borrowed from `self`: no guard.
    fn headline(&self) -> &str {
        self.headline.get_or_init(|| {
            println!("  (computing the headline)");
            let first_line = self.text.lines().next().unwrap_or_default();
            first_line.to_uppercase()
        })
    }
}

fn main() {
    let article = Article::new("Cells are cheap\nThey never hand out references.");
    println!("cached yet? {}", article.headline.get().is_some());
    let a = article.headline();
    let b = article.headline(); // the closure does not run again
    println!("{a} / {b}");
    println!("cached yet? {}", article.headline.get().is_some());
}
// ANCHOR_END: get_or_init
