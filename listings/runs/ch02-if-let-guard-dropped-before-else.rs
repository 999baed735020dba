use std::cell::RefCell;

// ANCHOR: if_let_2024
fn main() {
    let queue: RefCell<Vec<String>> = RefCell::new(Vec::new());

    if let Some(job) = queue.borrow().last() {
        println!("next job: {job}");
    } else {
        // Rust 2024: the `Ref` made in the condition was dropped before `else`.
        queue.borrow_mut().push(String::from("idle"));
    }
    println!("queue: {:?}", queue.borrow());
}
// ANCHOR_END: if_let_2024
