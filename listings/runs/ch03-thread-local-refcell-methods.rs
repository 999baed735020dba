use std::cell::RefCell;
use std::thread;

// ANCHOR: local_key_refcell
thread_local! {
    static SCRATCH: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn work(name: &str) -> String {
    SCRATCH.with_borrow_mut(|lines| lines.push(format!("{name} started"))); // `&mut Vec`
    SCRATCH.with_borrow_mut(|lines| lines.push(format!("{name} done")));
    let count = SCRATCH.with_borrow(|lines| lines.len()); // `&Vec`
    let old = SCRATCH.replace(vec![String::from("fresh")]); // the old Vec, moved out
    let fresh = SCRATCH.take(); // the new one, leaving an empty Vec
    SCRATCH.set(vec![String::from("last")]); // drops the empty one
    let last = SCRATCH.with_borrow(|lines| lines.clone());
    format!("{count} lines {old:?}, then {fresh:?}, then {last:?}")
}

fn main() {
    let reports: Vec<String> = thread::scope(|scope| {
        let workers: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|name| scope.spawn(move || work(name)))
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for report in &reports {
        println!("{report}");
    }
    println!("main: {:?}", SCRATCH.with_borrow(|lines| lines.clone()));
}
// ANCHOR_END: local_key_refcell
