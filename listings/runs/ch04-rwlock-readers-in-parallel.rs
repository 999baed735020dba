use std::sync::{Barrier, RwLock, TryLockError};
use std::thread;

// ANCHOR: readers_in_parallel
fn main() {
    let catalogue = RwLock::new(vec!["lamp", "chair", "desk"]);
    let all_reading = Barrier::new(4); // three readers and main
    let may_finish = Barrier::new(4);

    thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                let items = catalogue.read().unwrap();
                all_reading.wait(); // reached only while holding the read guard
                may_finish.wait();
                items.len()
            });
        }
        all_reading.wait(); // so all three read guards are alive right now
        println!("three threads hold a read guard at the same moment");
        let busy = matches!(catalogue.try_write(), Err(TryLockError::WouldBlock));
        println!("a writer has to wait: {busy}");
        may_finish.wait();
    });
    catalogue.write().unwrap().push("shelf");
    println!(
        "after the readers left, a writer added one: {:?}",
        catalogue.read().unwrap()
    );
}
// ANCHOR_END: readers_in_parallel
