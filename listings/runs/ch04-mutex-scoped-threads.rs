use std::sync::Mutex;
use std::thread;

// ANCHOR: scoped_threads
fn main() {
    let mut words = Mutex::new(Vec::new());

    // Before any thread exists, `&mut` proves exclusive access: no locking.
    words.get_mut().unwrap().push("zero".to_string());

    // Scoped threads borrow `words` directly; no `Arc` is needed.
    thread::scope(|scope| {
        for word in ["one", "two", "three"] {
            let words = &words;
            scope.spawn(move || words.lock().unwrap().push(word.to_string()));
        }
    }); // every thread has been joined here, so the borrows have ended

    // We own the mutex again and can take the data out of it for good.
    let mut words = words.into_inner().unwrap();
    words.sort();
    println!("{words:?}");
}
// ANCHOR_END: scoped_threads
