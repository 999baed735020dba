use std::sync::{Arc, Mutex};
use tokio::task::{self, LocalSet};

// ANCHOR: guard_across_await_compiles
// Clippy flags every one of these; the listing shows what the compiler allows.
#[allow(clippy::await_holding_lock)]
async fn record_visit(visits: Arc<Mutex<Vec<String>>>, page: &str) {
    let mut list = visits.lock().unwrap();
    task::yield_now().await; // the std guard is alive across this `.await`
    list.push(page.to_string());
}

#[tokio::main] // the multi-threaded runtime
async fn main() {
    let visits = Arc::new(Mutex::new(Vec::new()));

    // 1. In the body of `main`: `block_on` runs it, with no `Send` bound.
    record_visit(Arc::clone(&visits), "main body").await;

    // 2. In `join!`: both futures run inside this one task.
    let other = async { "no lock needed" };
    let ((), note) = tokio::join!(record_visit(Arc::clone(&visits), "join!"), other);
    println!("join! beside a future that does not lock: {note}");

    // 3. In `spawn_local`: the task stays on the thread that runs the `LocalSet`.
    let local = LocalSet::new();
    let visits_for_task = Arc::clone(&visits);
    local
        .run_until(async move {
            task::spawn_local(record_visit(visits_for_task, "spawn_local"))
                .await
                .unwrap();
        })
        .await;

    println!("{:?}", visits.lock().unwrap());
}
// ANCHOR_END: guard_across_await_compiles
