use std::sync::Mutex;

// ANCHOR: std_guard_across_await
#[allow(clippy::await_holding_lock)] // Clippy flags this mistake; the listing shows its cost
async fn record_visit(visits: &Mutex<Vec<String>>, page: &str) {
    println!("{page}: calls lock()");
    let mut list = visits.lock().unwrap(); // waits by blocking the thread
    println!("{page}: has the lock and awaits while holding it");
    tokio::task::yield_now().await; // stands for a write to disk or network
    list.push(page.to_string());
}

#[tokio::main(flavor = "current_thread")] // one thread runs every task
async fn main() {
    let visits = Mutex::new(Vec::new());
    // `join!` runs both futures inside this one task, so neither has to be `Send`.
    tokio::join!(
        biased; // poll them in the order written
        record_visit(&visits, "/home"),
        record_visit(&visits, "/about"),
    );
    println!("never printed");
}
// ANCHOR_END: std_guard_across_await
