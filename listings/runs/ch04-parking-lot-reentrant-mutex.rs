use parking_lot::ReentrantMutex;
use std::cell::RefCell;
use std::thread;

// ANCHOR: reentrant_mutex
struct Log {
    lines: ReentrantMutex<RefCell<Vec<String>>>,
}

impl Log {
    fn write(&self, line: String) {
        let lines = self.lines.lock(); // may already be held by this thread
        lines.borrow_mut().push(line); // the guard gives `&RefCell`, not `&mut`
    }

    /// Keeps the whole batch together: other threads wait, this one re-enters.
    fn write_batch(&self, who: &str, count: usize) {
        let _batch = self.lines.lock();
        for n in 1..=count {
            self.write(format!("{who} {n}"));
        }
    }
}

fn main() {
    let log = Log {
        lines: ReentrantMutex::new(RefCell::new(Vec::new())),
    };
    thread::scope(|scope| {
        scope.spawn(|| log.write_batch("left", 3));
        scope.spawn(|| log.write_batch("right", 3));
    });

    let lines = log.lines.into_inner().into_inner();
    // Either batch may come first, but neither is split by the other.
    let mut batches: Vec<Vec<String>> = lines.chunks(3).map(<[String]>::to_vec).collect();
    batches.sort();
    for batch in batches {
        println!("{}", batch.join(", "));
    }
}
// ANCHOR_END: reentrant_mutex
