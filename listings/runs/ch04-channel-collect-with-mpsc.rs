use std::sync::mpsc;
use std::thread;

// ANCHOR: collect_with_mpsc
fn checksum(file: &str) -> u32 {
    file.bytes().map(u32::from).sum()
}

fn main() {
    let files = ["a.txt", "b.txt", "c.txt", "d.txt"];
    let (sender, receiver) = mpsc::channel();
    thread::scope(|scope| {
        for file in files {
            let sender = sender.clone(); // one `Sender` per worker
            scope.spawn(move || sender.send((file, checksum(file))).unwrap());
        }
        drop(sender); // now only the workers hold a `Sender`

        // The collector may take each result as soon as it arrives.
        // The loop ends when the last `Sender` is dropped.
        let mut results = Vec::new();
        for result in &receiver {
            results.push(result);
        }
        results.sort();
        println!("{results:?}");
    });
}
// ANCHOR_END: collect_with_mpsc
