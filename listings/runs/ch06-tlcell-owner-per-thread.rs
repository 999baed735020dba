use qcell::{TLCell, TLCellOwner};
use std::thread;

// ANCHOR: owner_per_thread
struct Drafts;
type DraftCell<T> = TLCell<Drafts, T>;
type DraftOwner = TLCellOwner<Drafts>;

fn main() {
    let mut owner = DraftOwner::new(); // main's owner for `Drafts`
    let draft = DraftCell::new(String::from("Dear team,"));
    draft.rw(&mut owner).push_str(" the release is ready.");

    // The cell may move to another thread; the owner may not.
    let finished = thread::spawn(move || {
        let mut owner = DraftOwner::new(); // that thread's own owner
        draft.rw(&mut owner).push_str(" Thanks!");
        draft
    })
    .join()
    .unwrap();

    // Back here, main's owner reads it again.
    println!("{}", finished.ro(&owner));
}
// ANCHOR_END: owner_per_thread
