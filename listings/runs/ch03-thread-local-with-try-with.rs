use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

// ANCHOR: with_and_try_with
static GREETINGS_BUILT: AtomicUsize = AtomicUsize::new(0);
static REFUSED_IN_DROP: AtomicBool = AtomicBool::new(false);

struct Session;

impl Drop for Session {
    fn drop(&mut self) {
        // While its destructor runs, the key refuses access instead of panicking.
        let refused = SESSION.try_with(|_| ()).is_err();
        REFUSED_IN_DROP.store(refused, Ordering::Relaxed);
    }
}

thread_local! {
    // No `const`: built lazily, on each thread's first use.
    static GREETING: String = {
        GREETINGS_BUILT.fetch_add(1, Ordering::Relaxed);
        String::from("hello")
    };
    static SESSION: Session = const { Session };
}

fn main() {
    thread::scope(|scope| {
        for touches in [true, true, false] {
            scope.spawn(move || {
                if touches {
                    let len = GREETING.with(|greeting| greeting.len()); // `&String`
                    assert_eq!(len, 5);
                }
            });
        }
    });
    println!(
        "spawned 3 threads, 2 used GREETING: built {} time(s)",
        GREETINGS_BUILT.load(Ordering::Relaxed)
    );
    GREETING.with(|greeting| println!("main says {greeting}"));
    println!(
        "built {} time(s) now",
        GREETINGS_BUILT.load(Ordering::Relaxed)
    );

    println!("try_with while alive: {:?}", SESSION.try_with(|_| "ok"));
    thread::spawn(|| SESSION.with(|_| ())) // first use: its destructor will run at thread exit
        .join()
        .unwrap();
    println!(
        "try_with inside its own drop failed: {}",
        REFUSED_IN_DROP.load(Ordering::Relaxed)
    );
}
// ANCHOR_END: with_and_try_with
