use std::sync::{Barrier, Mutex};
use std::thread;

// ANCHOR: get_then_set
/// Each method locks on its own, so each one alone is atomic.
struct Stock {
    count: Mutex<u32>,
}

impl Stock {
    fn get(&self) -> u32 {
        *self.count.lock().unwrap()
    }

    fn set(&self, count: u32) {
        *self.count.lock().unwrap() = count;
    }

    /// Reads and writes under one guard: the whole update is atomic.
    fn add(&self, amount: u32) {
        *self.count.lock().unwrap() += amount;
    }
}

fn main() {
    let stock = Stock {
        count: Mutex::new(0),
    };
    let both_have_read = Barrier::new(2);

    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let seen = stock.get(); // the guard ends here...
                both_have_read.wait(); // ...so the other thread reads 0 as well
                stock.set(seen + 1);
            });
        }
    });
    println!("two increments with get, then set: {}", stock.get());

    stock.set(0);
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| stock.add(1));
        }
    });
    println!("two increments with add:           {}", stock.get());
}
// ANCHOR_END: get_then_set
