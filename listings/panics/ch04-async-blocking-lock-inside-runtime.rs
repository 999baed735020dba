use tokio::sync::Mutex;

// ANCHOR: blocking_lock
fn load_settings(settings: &Mutex<Vec<String>>) -> usize {
    // Meant for synchronous code outside the runtime.
    settings.blocking_lock().len()
}

#[tokio::main]
async fn main() {
    let settings = Mutex::new(vec!["theme=dark".to_string()]);
    println!("{} setting(s)", load_settings(&settings)); // called on a runtime thread
}
// ANCHOR_END: blocking_lock
