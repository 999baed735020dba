use std::sync::{Arc, RwLock};

// ANCHOR: push_into_vec_of_locks
fn main() {
    let scores: Arc<Vec<RwLock<u32>>> = Arc::new(vec![RwLock::new(0)]);
    *scores[0].write().unwrap() += 1; // an element: fine
    scores.push(RwLock::new(0)); // the vector: only `&Vec` through the `Arc`
    println!("{} scores", scores.len());
}
// ANCHOR_END: push_into_vec_of_locks
