use std::cell::RefCell;

// ANCHOR: try_borrow
fn main() {
    let draft = RefCell::new(String::from("Dear team,"));

    let reading = draft.borrow();
    match draft.try_borrow_mut() {
        Ok(_) => println!("got a writer"),
        Err(error) => println!(
            "try_borrow_mut: Err({error:?}), shown as {:?}",
            error.to_string()
        ),
    }
    drop(reading);

    let mut writing = draft.borrow_mut();
    match draft.try_borrow() {
        Ok(_) => println!("got a reader"),
        Err(error) => println!(
            "try_borrow:     Err({error:?}), shown as {:?}",
            error.to_string()
        ),
    }
    writing.push_str(" the release is out.");
    drop(writing);

    if let Ok(text) = draft.try_borrow() {
        println!("no guard left, so this works: {text:?}");
    }
}
// ANCHOR_END: try_borrow
