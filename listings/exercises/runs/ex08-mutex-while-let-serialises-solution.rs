// Exercise 8 (Mutex), solved: the guard in a `while let` condition lives to
// the end of the loop body, so each worker held the queue's lock while it
// worked. Taking the job in a statement of its own drops the guard at its
// semicolon, before the work starts.
use std::sync::{Barrier, Mutex};
use std::thread;

// ANCHOR: solution
fn work(job: u32, meeting: &Barrier) {
    // Returns once the other worker is at its job too.
    meeting.wait();
    let _ = job;
}

fn main() {
    let queue = Mutex::new(vec![1, 2, 3, 4]);
    let meeting = Barrier::new(2);
    println!("two workers start on 4 jobs");
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let next = queue.lock().unwrap().pop();
                    let Some(job) = next else { break };
                    work(job, &meeting);
                }
            });
        }
    });
    assert!(queue.lock().unwrap().is_empty());
    println!("all jobs done");
}
// ANCHOR_END: solution
