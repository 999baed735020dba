use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::thread;

// ANCHOR: others_wait
static CATALOGUE: OnceLock<Vec<&'static str>> = OnceLock::new();

fn main() {
    let (inside_tx, inside_rx) = mpsc::channel(); // loader -> reader
    let (asking_tx, asking_rx) = mpsc::channel::<PathBuf>(); // reader -> loader

    thread::scope(|scope| {
        scope.spawn(move || {
            CATALOGUE.get_or_init(|| {
                println!("loader: initialising");
                inside_tx.send(()).unwrap(); // tell the reader we are inside
                let reader = asking_rx.recv().unwrap(); // it is about to ask
                wait_until_blocked_on(&reader, &CATALOGUE);
                println!("loader: the reader is blocked on CATALOGUE; finishing");
                vec!["apples", "pears"]
            });
        });
        scope.spawn(move || {
            inside_rx.recv().unwrap(); // the loader is inside its closure
            // `get` never waits: while the loader is inside, the cell is empty.
            println!("reader: get() gives {:?}", CATALOGUE.get());
            println!("reader: asking for the catalogue");
            asking_tx.send(this_thread_in_proc()).unwrap();
            let catalogue = CATALOGUE.get_or_init(|| {
                println!("reader: initialising"); // never runs
                vec![]
            });
            println!("reader: got {catalogue:?}");
        });
    });
}
// ANCHOR_END: others_wait

// ANCHOR: blocked_on
/// The number of the `futex` system call, in which a thread sleeps on a
/// 32-bit word until another thread wakes it (std's locks and `Once` on Linux).
#[cfg(target_arch = "x86_64")]
const SYS_FUTEX: &str = "202";
#[cfg(target_arch = "aarch64")]
const SYS_FUTEX: &str = "98";

/// The calling thread's directory in Linux's /proc: `/proc/PID/task/TID`.
fn this_thread_in_proc() -> PathBuf {
    let link = fs::read_link("/proc/thread-self").expect("this listing needs Linux's /proc");
    Path::new("/proc").join(link)
}

/// Returns once Linux reports `thread` asleep in a futex wait on a word that
/// lies inside `object`. Its `syscall` file holds the number and arguments of
/// the system call a blocked thread is in (the first argument of `futex` is
/// the word's address), or `running`.
fn wait_until_blocked_on<T>(thread: &Path, object: &T) {
    let start = object as *const T as usize;
    let inside = start..start + size_of::<T>();
    loop {
        let syscall =
            fs::read_to_string(thread.join("syscall")).expect("the thread ended without blocking");
        let mut fields = syscall.split_whitespace();
        let futex_word = match (fields.next(), fields.next()) {
            (Some(SYS_FUTEX), Some(word)) => {
                usize::from_str_radix(word.trim_start_matches("0x"), 16).ok()
            }
            _ => None,
        };
        if futex_word.is_some_and(|word| inside.contains(&word)) {
            return;
        }
        thread::yield_now(); // not blocked there yet: look again
    }
}
// ANCHOR_END: blocked_on
