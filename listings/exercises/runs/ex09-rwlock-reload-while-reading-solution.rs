// Exercise 9 (RwLock), solved: `write` waits for every reader to leave,
// this thread's own read guard too. `greeting` lets its read guard go before
// it reloads, then reads again; `reload` checks the version once more under
// the write lock, since another reader may have reloaded first.
use std::sync::RwLock;
use std::thread;

// ANCHOR: solution
struct Config {
    version: u32,
    greeting: String,
}

struct Service {
    config: RwLock<Config>,
}

impl Service {
    fn reload(&self) {
        let mut config = self.config.write().unwrap();
        if config.version == 1 {
            config.version = 2;
            config.greeting = "hello, v2".to_string();
        }
    }

    fn greeting(&self) -> String {
        let stale = self.config.read().unwrap().version == 1;
        if stale {
            println!("stale configuration: reloading");
            self.reload();
        }
        self.config.read().unwrap().greeting.clone()
    }
}

fn main() {
    let service = Service {
        config: RwLock::new(Config {
            version: 1,
            greeting: "hello, v1".to_string(),
        }),
    };
    println!("first: {}", service.greeting());
    let seen: Vec<String> = thread::scope(|scope| {
        let readers: Vec<_> = (0..3).map(|_| scope.spawn(|| service.greeting())).collect();
        readers
            .into_iter()
            .map(|reader| reader.join().unwrap())
            .collect()
    });
    assert!(seen.iter().all(|greeting| greeting == "hello, v2"));
    println!("readers saw {seen:?}");
}
// ANCHOR_END: solution
