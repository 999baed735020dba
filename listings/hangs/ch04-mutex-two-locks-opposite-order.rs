use std::sync::{Barrier, Mutex};
use std::thread;

// ANCHOR: opposite_order
fn transfer(from: &Mutex<i64>, to: &Mutex<i64>, amount: i64, both_hold_one: &Barrier) {
    let mut source = from.lock().unwrap();
    both_hold_one.wait(); // make sure the other thread holds its first lock too
    let mut target = to.lock().unwrap(); // waits for the other thread, forever
    *source -= amount;
    *target += amount;
}

fn main() {
    let alice = Mutex::new(100);
    let bob = Mutex::new(100);
    let both_hold_one = Barrier::new(3); // two transfers and main

    thread::scope(|scope| {
        scope.spawn(|| transfer(&alice, &bob, 10, &both_hold_one)); // locks alice, then bob
        scope.spawn(|| transfer(&bob, &alice, 20, &both_hold_one)); // locks bob, then alice
        both_hold_one.wait();
        println!("one thread holds alice, the other holds bob");
        println!("each now waits for the lock the other one holds");
    }); // joining the threads never finishes
    println!("never printed");
}
// ANCHOR_END: opposite_order
