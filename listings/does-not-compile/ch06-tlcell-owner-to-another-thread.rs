use qcell::{TLCell, TLCellOwner};
use std::thread;

// ANCHOR: owner_to_another_thread
struct Drafts;

fn main() {
    let mut owner = TLCellOwner::<Drafts>::new();
    let draft = TLCell::<Drafts, _>::new(String::from("Dear team,"));
    thread::spawn(move || {
        draft.rw(&mut owner).push_str(" hello"); // the owner moves along
    })
    .join()
    .unwrap();
}
// ANCHOR_END: owner_to_another_thread
