use std::sync::{Arc, Mutex};

// ANCHOR: std_guard_across_await
async fn save(page: &str) {
    tokio::task::yield_now().await; // stands for a real write to disk or network
    let _ = page;
}

async fn record_visit(visits: Arc<Mutex<Vec<String>>>, page: String) {
    let mut list = visits.lock().unwrap();
    save(&page).await; // the std guard is still alive across this `.await`
    list.push(page);
}

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(Vec::new()));
    tokio::spawn(record_visit(Arc::clone(&visits), "/home".to_string()))
        .await
        .unwrap();
    println!("{:?}", visits.lock().unwrap());
}
// ANCHOR_END: std_guard_across_await
