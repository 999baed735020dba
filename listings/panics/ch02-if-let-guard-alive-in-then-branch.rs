use std::cell::RefCell;

// ANCHOR: if_let_then_branch
fn main() {
    let queue: RefCell<Vec<String>> = RefCell::new(vec![String::from("build")]);

    if let Some(job) = queue.borrow().last() {
        println!("next job: {job}");
        // Rust 2024 too: the condition's `Ref` lives to the end of this branch.
        queue.borrow_mut().push(String::from("test"));
    }
}
// ANCHOR_END: if_let_then_branch
