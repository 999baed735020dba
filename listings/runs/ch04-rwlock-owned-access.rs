use std::panic;
use std::sync::RwLock;
use std::thread;

// ANCHOR: owned_access
fn main() {
    // Report panics on stdout, so that the whole story is in one place.
    panic::set_hook(Box::new(|info| {
        println!("panic: {}", info.payload_as_str().unwrap_or("(no message)"));
    }));

    let mut limits = RwLock::new(vec![10, 20]);

    // `&mut RwLock`: nobody else can hold a guard, so no locking at all.
    limits.get_mut().unwrap().push(30);
    println!("get_mut:      {:?}", limits.get_mut().unwrap());

    thread::scope(|s| {
        let writer = s.spawn(|| {
            let mut limits = limits.write().unwrap();
            limits.clear();
            panic!("the writer failed halfway");
        });
        assert!(writer.join().is_err());
    });
    println!("is_poisoned:  {}", limits.is_poisoned());

    if let Err(poisoned) = limits.write() {
        let mut limits = poisoned.into_inner(); // repair the data, then say so
        limits.extend([10, 20, 30]);
    }
    limits.clear_poison();
    println!("clear_poison: poisoned = {}", limits.is_poisoned());

    let owned: Vec<u32> = limits.into_inner().unwrap(); // consumes the lock
    println!("into_inner:   {owned:?}");
}
// ANCHOR_END: owned_access
