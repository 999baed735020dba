use std::sync::Arc;
use tokio::sync::{Mutex, OwnedMutexGuard};

// ANCHOR: lock_owned
/// The guard holds its own `Arc`, so it borrows nothing and may be returned.
async fn lock_log(log: Arc<Mutex<Vec<String>>>) -> OwnedMutexGuard<Vec<String>> {
    log.lock_owned().await
}

#[tokio::main]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));

    let mut guard = lock_log(Arc::clone(&log)).await;
    guard.push("locked in main".to_string());
    println!(
        "handles to the mutex while the guard lives: {}",
        Arc::strong_count(&log)
    );

    // `OwnedMutexGuard` is `Send + 'static`: a spawned task can take it along.
    tokio::spawn(async move {
        guard.push("unlocked in a task".to_string());
    }) // the guard is dropped when the task ends
    .await
    .unwrap();

    println!(
        "handles after the task dropped it: {}",
        Arc::strong_count(&log)
    );
    println!("{:?}", log.lock().await);
}
// ANCHOR_END: lock_owned
