use std::sync::Mutex;
use std::thread;

// ANCHOR: static_mutex
// `Mutex::new` is a `const fn`: the static is built at compile time.
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn log(line: String) {
    LOG.lock().unwrap().push(line);
}

fn main() {
    thread::scope(|scope| {
        for worker in 1..=3 {
            scope.spawn(move || log(format!("worker {worker} started")));
        }
    });
    let mut lines = LOG.lock().unwrap().clone();
    lines.sort();
    for line in lines {
        println!("{line}");
    }
}
// ANCHOR_END: static_mutex
