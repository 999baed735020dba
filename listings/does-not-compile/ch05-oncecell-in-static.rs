use std::cell::OnceCell;

// ANCHOR: in_static
static GREETING: OnceCell<String> = OnceCell::new();

fn main() {
    let greeting = GREETING.get_or_init(|| String::from("hello"));
    println!("{greeting}");
}
// ANCHOR_END: in_static
