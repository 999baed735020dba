// Exercise 9 (RwLock): many threads read a configuration and one of them
// reloads it when it is stale. The first reader that finds it stale never
// returns. Fix `greeting`.
use std::sync::RwLock;
use std::thread;

// ANCHOR: starter
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
        let config = self.config.read().unwrap();
        if config.version == 1 {
            println!("stale configuration: reloading");
            self.reload();
        }
        config.greeting.clone()
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
// ANCHOR_END: starter
