use std::mem::size_of;

// ANCHOR: lock_sizes
fn main() {
    println!("{:<36} {:>6} {:>6}", "", "<()>", "<u64>");
    println!(
        "{:<36} {:>6} {:>6}",
        "std::sync::Mutex",
        size_of::<std::sync::Mutex<()>>(),
        size_of::<std::sync::Mutex<u64>>()
    );
    println!(
        "{:<36} {:>6} {:>6}",
        "parking_lot::Mutex",
        size_of::<parking_lot::Mutex<()>>(),
        size_of::<parking_lot::Mutex<u64>>()
    );
    println!(
        "{:<36} {:>6} {:>6}",
        "tokio::sync::Mutex",
        size_of::<tokio::sync::Mutex<()>>(),
        size_of::<tokio::sync::Mutex<u64>>()
    );
    println!(
        "{:<36} {:>6} {:>6}",
        "std::sync::RwLock",
        size_of::<std::sync::RwLock<()>>(),
        size_of::<std::sync::RwLock<u64>>()
    );
    println!(
        "{:<36} {:>6} {:>6}",
        "parking_lot::RwLock",
        size_of::<parking_lot::RwLock<()>>(),
        size_of::<parking_lot::RwLock<u64>>()
    );
    println!(
        "{:<36} {:>6} {:>6}",
        "tokio::sync::RwLock",
        size_of::<tokio::sync::RwLock<()>>(),
        size_of::<tokio::sync::RwLock<u64>>()
    );
}
// ANCHOR_END: lock_sizes
