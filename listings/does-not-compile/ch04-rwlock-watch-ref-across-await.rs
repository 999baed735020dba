use tokio::sync::watch;

// ANCHOR: watch_ref_across_await
async fn report(retries: u32) {
    tokio::task::yield_now().await; // stands for sending a report
    let _ = retries;
}

#[tokio::main]
async fn main() {
    let (config_tx, config_rx) = watch::channel(3_u32);
    let task = tokio::spawn(async move {
        let retries = config_rx.borrow(); // a `watch::Ref`: a read lock
        report(*retries).await; // ... still held across this `.await`
    });
    task.await.unwrap();
    drop(config_tx);
}
// ANCHOR_END: watch_ref_across_await
