use std::cell::Cell;
use std::thread;

// ANCHOR: local_key_cell
thread_local! {
    // `const { }`: no lazy first-use check, the value is there from the start.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static LAST_ERROR: Cell<Option<u16>> = const { Cell::new(None) };
}

fn work(levels: u32) -> String {
    DEPTH.set(levels); // `LocalKey<Cell<T>>::set`
    let before = DEPTH.replace(levels * 10); // returns the old value
    let now = DEPTH.get(); // needs `T: Copy`
    LAST_ERROR.set(Some(500 + levels as u16));
    let error = LAST_ERROR.take(); // leaves `None` (needs `T: Default`)
    let left = LAST_ERROR.get();
    format!("set {levels}, replace -> {before}, get -> {now}, take -> {error:?}, then {left:?}")
}

fn main() {
    let reports: Vec<String> = thread::scope(|scope| {
        let workers: Vec<_> = (1..=2)
            .map(|levels| scope.spawn(move || work(levels)))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for (i, report) in reports.iter().enumerate() {
        println!("thread {i}: {report}");
    }
    // The main thread has its own copies, which nobody changed.
    println!(
        "main: DEPTH {}, LAST_ERROR {:?}",
        DEPTH.get(),
        LAST_ERROR.get()
    );
}
// ANCHOR_END: local_key_cell
