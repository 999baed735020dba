use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::timeout;

// ANCHOR: tokio_lock_with_timeout
#[tokio::main]
async fn main() {
    let jobs = Mutex::new(vec!["backup"]);

    let held = jobs.lock().await; // this task holds the lock...
    // allow-timing: the lock is held throughout, so only the limit ends the wait
    let attempt = timeout(Duration::from_millis(10), jobs.lock()).await;
    println!(
        "while held: {}",
        if attempt.is_err() {
            "gave up"
        } else {
            "locked"
        }
    );
    drop(held);

    // allow-timing: the lock is free, so `lock` is ready before any limit
    let attempt = timeout(Duration::from_secs(60), jobs.lock()).await;
    println!("once free:  {:?}", attempt.map(|jobs| jobs.len()));
}
// ANCHOR_END: tokio_lock_with_timeout
