// Exercise 10 (Async locks), solved: a `std::sync::MutexGuard` is not
// `Send`, and a future that holds one across an `.await` is not `Send`
// either. Copying the items out ends the guard at the semicolon, before the
// first `.await`.
use std::sync::{Arc, Mutex};

// ANCHOR: solution
async fn fetch_price(item: &str) -> u32 {
    tokio::task::yield_now().await; // stands for a request to a price service
    item.len() as u32
}

async fn price_all(cart: Arc<Mutex<Vec<String>>>) -> u32 {
    let items: Vec<String> = cart.lock().unwrap().clone();
    let mut total = 0;
    for item in &items {
        total += fetch_price(item).await;
    }
    total
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cart = Arc::new(Mutex::new(vec!["tea".to_string(), "bread".to_string()]));
    let total = tokio::spawn(price_all(Arc::clone(&cart))).await.unwrap();
    assert_eq!(total, 8);
    println!("the cart costs {total}");
}
// ANCHOR_END: solution
