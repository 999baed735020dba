use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;

// ANCHOR: growable_vec_of_locks
fn main() {
    // Outer lock: the vector's shape. Inner locks: one per element.
    let board: Arc<RwLock<Vec<Mutex<u32>>>> =
        Arc::new(RwLock::new(vec![Mutex::new(0), Mutex::new(0)]));
    let both_inside = Arc::new(Barrier::new(2));

    let workers: Vec<_> = (0..2)
        .map(|index| {
            let (board, both_inside) = (Arc::clone(&board), Arc::clone(&both_inside));
            thread::spawn(move || {
                let rows = board.read().unwrap(); // shared: both threads at once
                let mut row = rows[index].lock().unwrap(); // one element each
                both_inside.wait(); // passed only if both hold their element at once
                *row += 10 * (index as u32 + 1);
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    println!("two workers changed two elements at the same time");

    board.write().unwrap().push(Mutex::new(30)); // growing takes the outer write lock
    let rows = board.read().unwrap();
    let values: Vec<u32> = rows.iter().map(|row| *row.lock().unwrap()).collect();
    println!("board: {values:?}");
}
// ANCHOR_END: growable_vec_of_locks
