use std::sync::Mutex;
use std::thread;

// ANCHOR: collect_in_a_mutex_vec
fn checksum(file: &str) -> u32 {
    file.bytes().map(u32::from).sum()
}

fn main() {
    let files = ["a.txt", "b.txt", "c.txt", "d.txt"];
    let results = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for file in files {
            let results = &results;
            scope.spawn(move || {
                let sum = checksum(file);
                results.lock().unwrap().push((file, sum)); // every worker locks
            });
        }
    }); // the collector can look only once every worker is done
    let mut results = results.into_inner().unwrap();
    results.sort();
    println!("{results:?}");
}
// ANCHOR_END: collect_in_a_mutex_vec
