// ANCHOR: const_constructors
// All three are built at compile time, in statics, with no `LazyLock`.
static STD: std::sync::Mutex<u32> = std::sync::Mutex::new(1);
static PARKING_LOT: parking_lot::Mutex<u32> = parking_lot::Mutex::new(2);
static TOKIO: tokio::sync::Mutex<u32> = tokio::sync::Mutex::const_new(3);

#[tokio::main]
async fn main() {
    *STD.lock().unwrap() += 10;
    *PARKING_LOT.lock() += 10;
    *TOKIO.lock().await += 10;
    let in_tokio = *TOKIO.lock().await; // no std guard is alive at this `.await`
    let in_std = *STD.lock().unwrap();
    let in_parking_lot = *PARKING_LOT.lock();
    println!("std {in_std}, parking_lot {in_parking_lot}, tokio {in_tokio}");
}
// ANCHOR_END: const_constructors
