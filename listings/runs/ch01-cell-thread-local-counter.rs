use std::cell::Cell;
use std::thread;

// ANCHOR: thread_local_counter
thread_local! {
    /// Each thread gets its own counter, so a `Cell` is all it needs.
    static REQUESTS: Cell<u32> = const { Cell::new(0) };
}

fn handle_request() {
    REQUESTS.with(|count| count.set(count.get() + 1));
}

fn main() {
    let workers: Vec<_> = [2, 5]
        .into_iter()
        .map(|requests| {
            thread::spawn(move || {
                for _ in 0..requests {
                    handle_request();
                }
                REQUESTS.with(Cell::get) // this thread's count only
            })
        })
        .collect();
    for (index, worker) in workers.into_iter().enumerate() {
        println!("worker {index} handled {}", worker.join().unwrap());
    }
    println!("main handled {}", REQUESTS.with(Cell::get));
}
// ANCHOR_END: thread_local_counter
