use std::sync::{Arc, Mutex};

async fn save(page: &str) {
    tokio::task::yield_now().await; // stands for a real write to disk or network
    let _ = page;
}

// ANCHOR: std_guard_before_await
async fn record_visit(visits: Arc<Mutex<Vec<String>>>, page: String) {
    {
        let mut list = visits.lock().unwrap();
        list.push(page.clone());
    } // the guard is dropped here, before any `.await`
    save(&page).await;
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
    let mut list = visits.lock().unwrap().clone();
    list.sort(); // tasks may run in any order
    println!("{list:?}");
}
// ANCHOR_END: std_guard_before_await
