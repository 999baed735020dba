use std::sync::OnceLock;
use std::thread;

// ANCHOR: global_config
#[derive(Debug)]
struct Config {
    region: String,
    workers: usize,
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// Anywhere in the program: a `&'static Config`, no lock, no clone.
fn config() -> &'static Config {
    CONFIG
        .get()
        .expect("the configuration is loaded at start-up")
}

fn handle(job: u32) -> String {
    format!("job {job} ran in {}", config().region)
}

fn main() {
    // Start-up: parse the command line (fixed here) and store the result once.
    let args = ["--region", "eu-west", "--workers", "2"];
    let loaded = Config {
        region: args[1].to_string(),
        workers: args[3].parse().unwrap(),
    };
    CONFIG.set(loaded).expect("set exactly once");

    // A second attempt fails and hands the rejected value back.
    let late = CONFIG.set(Config {
        region: "us-east".into(),
        workers: 8,
    });
    println!("a late set is refused: {}", late.is_err());

    let results: Vec<String> = thread::scope(|scope| {
        let handles: Vec<_> = (1..=config().workers as u32)
            .map(|job| scope.spawn(move || handle(job)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for line in results {
        println!("{line}");
    }
    println!("{:?}", config());
}
// ANCHOR_END: global_config
