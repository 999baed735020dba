use std::sync::{Barrier, RwLock};
use std::thread;

// ANCHOR: two_upgraders
fn main() {
    let stock = RwLock::new(1);
    let both_reading = Barrier::new(3); // two buyers and main

    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let seen = stock.read().unwrap();
                both_reading.wait();
                if *seen > 0 {
                    // "Upgrade" by hand: ask for the write lock while still reading.
                    let mut count = stock.write().unwrap();
                    *count -= 1;
                }
            });
        }
        both_reading.wait();
        println!("both buyers hold a read guard and saw one item in stock");
        println!("each asks for the write lock and waits for the other to stop reading");
    });
    println!("never printed");
}
// ANCHOR_END: two_upgraders
