use std::sync::{Arc, Mutex};

async fn save(page: &str) {
    tokio::task::yield_now().await; // stands for a real write to disk or network
    let _ = page;
}

// ANCHOR: drop_guard_before_await
async fn record_visit(visits: Arc<Mutex<Vec<String>>>, page: String) {
    let mut list = visits.lock().unwrap();
    list.push(page.clone());
    drop(list); // the guard is gone, but on Rust 1.95 the future still counts it
    save(&page).await;
}

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(Vec::new()));
    tokio::spawn(record_visit(Arc::clone(&visits), "/home".to_string()))
        .await
        .unwrap();
    println!("{:?}", visits.lock().unwrap());
}
// ANCHOR_END: drop_guard_before_await
