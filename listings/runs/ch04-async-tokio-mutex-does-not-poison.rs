use std::panic;
use std::sync::Arc;
use tokio::sync::Mutex;

// ANCHOR: no_poisoning
#[tokio::main]
async fn main() {
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));

    let balances = Arc::new(Mutex::new(vec![100, 100]));
    let task = tokio::spawn({
        let balances = Arc::clone(&balances);
        async move {
            let mut balances = balances.lock().await;
            balances[0] -= 30;
            panic!("network error before the deposit");
        }
    });
    let error = task.await.unwrap_err(); // the runtime caught the panic
    println!("task panicked: {}", error.is_panic());

    // No `Result`, no poison: the next `lock` just sees the half-done update.
    println!("balances: {:?}", *balances.lock().await);
}
// ANCHOR_END: no_poisoning
