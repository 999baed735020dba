use std::sync::{Arc, Barrier, RwLock};
use std::thread;

// ANCHOR: vec_of_locks
fn main() {
    // One lock per element: the vector itself can only be read.
    let scores: Arc<Vec<RwLock<u32>>> = Arc::new(vec![RwLock::new(0), RwLock::new(0)]);
    let both_writing = Arc::new(Barrier::new(2));

    let writers: Vec<_> = (0..2)
        .map(|index| {
            let scores = Arc::clone(&scores);
            let both_writing = Arc::clone(&both_writing);
            thread::spawn(move || {
                let mut score = scores[index].write().unwrap();
                // Both threads get past this barrier only if both hold a
                // write guard at the same time.
                both_writing.wait();
                *score += 10 * (index as u32 + 1);
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }

    println!("two writers held guards on different elements at once");
    let values: Vec<u32> = scores.iter().map(|score| *score.read().unwrap()).collect();
    println!("scores: {values:?}");
}
// ANCHOR_END: vec_of_locks
