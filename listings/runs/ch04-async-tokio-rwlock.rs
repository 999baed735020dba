use std::sync::Arc;
use tokio::sync::RwLock;

// ANCHOR: tokio_rwlock
#[tokio::main]
async fn main() {
    let config = Arc::new(RwLock::new(String::from("v1")));

    // Borrowed guards, as with std, but `.await` instead of `unwrap`.
    {
        let first = config.read().await;
        let other_task = tokio::spawn({
            let config = Arc::clone(&config);
            async move { config.read().await.clone() } // a reader in another task
        });
        let second = other_task.await.unwrap(); // got in while `first` lives
        println!("two readers in two tasks: {} {}", *first, second);
    }

    // Owned guards carry an `Arc`, so a spawned task can take one along.
    let mut writer = Arc::clone(&config).write_owned().await;
    writer.push_str("-patched");
    let reader = writer.downgrade(); // no writer can get in between
    println!("try_write after downgrade: {}", config.try_write().is_ok());
    let task = tokio::spawn(async move { format!("task reads {}", *reader) });
    println!("{}", task.await.unwrap());

    println!("try_write now: {}", config.try_write().is_ok());
}
// ANCHOR_END: tokio_rwlock
