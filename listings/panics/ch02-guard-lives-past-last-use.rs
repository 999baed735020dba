use std::cell::RefCell;

// ANCHOR: past_last_use
fn main() {
    let log = RefCell::new(Vec::new());
    let mut writer = log.borrow_mut();
    writer.push("started"); // the last use of `writer`
    println!("logged one entry");
    println!("{} entries", log.borrow().len()); // `writer` is still alive
}
// ANCHOR_END: past_last_use
