use std::sync::Arc;
use tokio::sync::{Mutex, MutexGuard};

// ANCHOR: return_borrowed_guard
async fn lock_log<'a>(log: Arc<Mutex<Vec<String>>>) -> MutexGuard<'a, Vec<String>> {
    log.lock().await // borrows `log`, which is dropped when the function returns
}
// ANCHOR_END: return_borrowed_guard

#[tokio::main]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    lock_log(Arc::clone(&log)).await.push("started".to_string());
    println!("{:?}", log.lock().await);
}
