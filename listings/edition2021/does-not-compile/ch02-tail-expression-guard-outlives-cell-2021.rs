use std::cell::RefCell;

// ANCHOR: tail_expression_2021
fn word_count(text: &str) -> usize {
    let words = RefCell::new(text.split_whitespace().collect::<Vec<_>>());
    words.borrow().len() // Rust 2021: the `Ref` outlives `words`
}

fn main() {
    println!("{}", word_count("to be or not to be"));
}
// ANCHOR_END: tail_expression_2021
