use std::sync::Arc;
use std::thread;

// ANCHOR: arc_shared
fn main() {
    let mut words = Arc::new(vec![String::from("alpha"), String::from("beta")]);

    let workers: Vec<_> = (1..=3)
        .map(|id| {
            let words = Arc::clone(&words); // one more owner, counted atomically
            thread::spawn(move || format!("worker {id} reads {} words", words.len()))
        })
        .collect();
    for worker in workers {
        println!("{}", worker.join().unwrap());
    }
    println!("owners after the join: {}", Arc::strong_count(&words));

    // The only owner may have `&mut`, without any lock:
    Arc::get_mut(&mut words)
        .expect("no other owner")
        .push(String::from("gamma"));

    let snapshot = Arc::clone(&words);
    println!(
        "get_mut with two owners: {:?}",
        Arc::get_mut(&mut words).map(|w| w.len())
    );
    Arc::make_mut(&mut words).push(String::from("delta")); // clones the Vec first
    println!("words:    {words:?}");
    println!("snapshot: {snapshot:?}");
}
// ANCHOR_END: arc_shared
