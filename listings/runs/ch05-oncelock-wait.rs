use std::sync::OnceLock;
use std::thread;

// ANCHOR: oncelock_wait
static PORT: OnceLock<u16> = OnceLock::new();

fn main() {
    thread::scope(|s| {
        let waiters: Vec<_> = (1..=3)
            .map(|id| {
                s.spawn(move || {
                    let port = PORT.wait(); // blocks until some thread sets it
                    format!("waiter {id} serves on port {port}")
                })
            })
            .collect();

        println!("main: get = {:?}, setting 8080", PORT.get());
        PORT.set(8080).unwrap(); // releases every waiter, asleep yet or not
        for waiter in waiters {
            println!("{}", waiter.join().unwrap());
        }
    });
}
// ANCHOR_END: oncelock_wait
