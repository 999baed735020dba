// Exercise 8 (Mutex): two workers take jobs from a shared queue. Each job
// has a partner job that must be worked on at the same time (the `Barrier`
// stands for two halves of a computation that wait for each other). With
// this loop the workers never meet: fix the loop so they do.
use std::sync::{Barrier, Mutex};
use std::thread;

// ANCHOR: starter
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
                while let Some(job) = queue.lock().unwrap().pop() {
                    work(job, &meeting);
                }
            });
        }
    });
    assert!(queue.lock().unwrap().is_empty());
    println!("all jobs done");
}
// ANCHOR_END: starter
