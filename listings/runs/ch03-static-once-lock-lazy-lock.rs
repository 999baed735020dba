use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};
use std::thread;

// ANCHOR: once_and_lazy
/// Set once, at run time, by whoever knows the value (here: `main`).
static SERVER_NAME: OnceLock<String> = OnceLock::new();

/// Computed on first use, by whichever thread gets there first.
static STATUS_TEXT: LazyLock<HashMap<u16, &str>> = LazyLock::new(|| {
    println!("(building the status table)"); // runs exactly once
    HashMap::from([(200, "OK"), (404, "Not Found"), (503, "Unavailable")])
});

fn main() {
    SERVER_NAME.set(String::from("books-1")).unwrap();
    let lines: Vec<String> = thread::scope(|scope| {
        let workers: Vec<_> = [200, 404, 503]
            .into_iter()
            .map(|code| {
                scope.spawn(move || {
                    let name = SERVER_NAME.get().unwrap(); // no lock: the value is frozen
                    format!("{name}: {code} {}", STATUS_TEXT[&code])
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for line in lines {
        println!("{line}");
    }
    println!("second set: {:?}", SERVER_NAME.set(String::from("books-2")));
}
// ANCHOR_END: once_and_lazy
