// Exercise 10 (Async locks): price a shopping cart, one item at a time, in a
// task spawned on tokio. It does not compile. Make the task's future `Send`
// and keep `std::sync::Mutex`.
use std::sync::{Arc, Mutex};

// ANCHOR: starter
async fn fetch_price(item: &str) -> u32 {
    tokio::task::yield_now().await; // stands for a request to a price service
    item.len() as u32
}

async fn price_all(cart: Arc<Mutex<Vec<String>>>) -> u32 {
    let items = cart.lock().unwrap();
    let mut total = 0;
    for item in items.iter() {
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
// ANCHOR_END: starter
