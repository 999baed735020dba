use std::cell::RefCell;

// ANCHOR: await_holding
// This listing shows the mistake that `clippy::await_holding_refcell_ref`
// reports, so the lint is allowed here (and only here).
#[allow(clippy::await_holding_refcell_ref)]
async fn append_later(log: &RefCell<Vec<String>>, line: &str) {
    let mut entries = log.borrow_mut();
    tokio::task::yield_now().await; // suspended here, with `entries` alive
    entries.push(line.to_string());
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = RefCell::new(Vec::new());
    // One task, two futures polled in turn: the second starts while the first waits.
    tokio::join!(append_later(&log, "first"), append_later(&log, "second"));
    println!("{:?}", log.borrow());
}
// ANCHOR_END: await_holding
