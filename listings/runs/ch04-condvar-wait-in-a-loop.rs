use std::sync::{Condvar, Mutex};
use std::thread;

// ANCHOR: wait_in_a_loop
struct Startup {
    config: Mutex<Option<String>>,
    loaded: Condvar,
}

struct Jobs {
    done: Mutex<u32>,
    finished_one: Condvar,
}

fn main() {
    let startup = Startup {
        config: Mutex::new(None),
        loaded: Condvar::new(),
    };
    thread::scope(|scope| {
        scope.spawn(|| {
            *startup.config.lock().unwrap() = Some("threads = 4".to_string());
            startup.loaded.notify_one(); // may come before main waits: no harm
        });

        let mut config = startup.config.lock().unwrap();
        // Check the condition before every wait, and again after every wakeup.
        while config.is_none() {
            config = startup.loaded.wait(config).unwrap();
        }
        println!("wait in a loop:  config {:?}", config.as_deref().unwrap());
    });

    let jobs = Jobs {
        done: Mutex::new(0),
        finished_one: Condvar::new(),
    };
    thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                *jobs.done.lock().unwrap() += 1;
                jobs.finished_one.notify_one();
            });
        }
        // The same loop, written by `wait_while`: wait while the closure says true.
        let done = jobs.done.lock().unwrap();
        let done = jobs
            .finished_one
            .wait_while(done, |done| *done < 3)
            .unwrap();
        println!("wait_while:      {} of 3 jobs done", *done);
    });
}
// ANCHOR_END: wait_in_a_loop
