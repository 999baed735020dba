use std::sync::LazyLock;
use std::thread;

// ANCHOR: force_at_startup
struct Config {
    workers: usize,
    greeting: String,
}

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let on = thread::current().name().unwrap_or("?").to_string();
    println!("parsing the configuration on thread {on}");
    let text = "workers=2"; // a typo here should stop the program at start-up
    let workers = text
        .strip_prefix("workers=")
        .and_then(|n| n.parse().ok())
        .expect("the configuration is invalid");
    Config {
        workers,
        greeting: String::from("hello"),
    }
});

fn main() {
    LazyLock::force(&CONFIG); // fail fast: a bad configuration panics here, in main
    println!("forced: ready = {}", LazyLock::get(&CONFIG).is_some());

    let replies: Vec<String> = thread::scope(|s| {
        let workers: Vec<_> = (1..=CONFIG.workers)
            .map(|id| s.spawn(move || format!("worker {id}: {}", CONFIG.greeting)))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for reply in replies {
        println!("{reply}");
    }
}
// ANCHOR_END: force_at_startup
