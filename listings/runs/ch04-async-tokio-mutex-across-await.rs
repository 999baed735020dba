use std::sync::Arc;
use tokio::sync::Mutex;

async fn save(page: &str) {
    tokio::task::yield_now().await; // stands for a real write to disk or network
    let _ = page;
}

// ANCHOR: tokio_mutex_across_await
async fn record_visit(visits: Arc<Mutex<Vec<String>>>, page: String) {
    let mut list = visits.lock().await; // waits by yielding, not by blocking
    save(&page).await; // holding tokio's guard across `.await` is fine
    list.push(page);
}

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(Vec::new()));
    let tasks: Vec<_> = ["/home", "/about", "/blog"]
        .into_iter()
        .map(|page| tokio::spawn(record_visit(Arc::clone(&visits), page.to_string())))
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let mut list = visits.lock().await.clone();
    list.sort();
    println!("{list:?}");
}
// ANCHOR_END: tokio_mutex_across_await
