use std::sync::mpsc;
use std::thread;

// ANCHOR: share_a_sender
fn main() {
    let (sender, receiver) = mpsc::channel();
    thread::scope(|scope| {
        for worker in 1..=3 {
            let sender = &sender; // a shared `&Sender`: `Sender<T>` is `Sync`
            scope.spawn(move || sender.send(worker * 10).unwrap());
        }
    }); // every worker has sent and ended here
    drop(sender); // the only `Sender`: the stream is over
    let mut got: Vec<i32> = receiver.iter().collect();
    got.sort();
    println!("three workers, one shared Sender: {got:?}");
}
// ANCHOR_END: share_a_sender
