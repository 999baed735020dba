use std::sync::{Arc, Barrier, RwLock};
use std::thread;

// ANCHOR: lock_around_vec
fn main() {
    // One lock for the whole vector: elements and length change together.
    let scores: Arc<RwLock<Vec<u32>>> = Arc::new(RwLock::new(vec![0, 0]));
    let writing = Arc::new(Barrier::new(2));
    let checked = Arc::new(Barrier::new(2));

    let writer = {
        let (scores, writing, checked) = (scores.clone(), writing.clone(), checked.clone());
        thread::spawn(move || {
            let mut all = scores.write().unwrap();
            all[0] += 10; // only element 0, but the whole vector is locked
            writing.wait();
            checked.wait();
        })
    };

    writing.wait();
    let blocked = scores.try_write().is_err();
    println!("element 1 is out of reach while element 0 is written: {blocked}");
    checked.wait();
    writer.join().unwrap();

    scores.write().unwrap()[1] += 20;
    scores.write().unwrap().push(30); // the vector itself can grow
    println!("scores: {:?}", scores.read().unwrap());
}
// ANCHOR_END: lock_around_vec
