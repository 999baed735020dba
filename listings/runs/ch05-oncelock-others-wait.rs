use std::sync::OnceLock;
use std::sync::mpsc;
use std::thread;

// ANCHOR: others_wait
static CATALOGUE: OnceLock<Vec<&'static str>> = OnceLock::new();

fn main() {
    let (inside_tx, inside_rx) = mpsc::channel(); // loader -> reader
    let (asked_tx, asked_rx) = mpsc::channel(); // reader -> loader

    thread::scope(|scope| {
        scope.spawn(move || {
            CATALOGUE.get_or_init(|| {
                println!("loader: initialising");
                inside_tx.send(()).unwrap(); // tell the reader we are inside
                asked_rx.recv().unwrap(); // wait until it has asked too
                println!("loader: the reader has asked; finishing");
                vec!["apples", "pears"]
            });
        });
        scope.spawn(move || {
            inside_rx.recv().unwrap(); // the loader is inside its closure
            println!("reader: asking for the catalogue");
            asked_tx.send(()).unwrap();
            let catalogue = CATALOGUE.get_or_init(|| {
                println!("reader: initialising"); // never runs
                vec![]
            });
            println!("reader: got {catalogue:?}");
        });
    });
}
// ANCHOR_END: others_wait
