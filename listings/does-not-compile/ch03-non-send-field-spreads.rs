use std::rc::Rc;
use std::thread;

// ANCHOR: spreads_from_fields
/// A job for a worker thread. `label` is shared with other jobs on this thread.
struct Job {
    id: u32,
    label: Rc<str>,
}

fn run(job: Job) {
    println!("job {}: {}", job.id, job.label);
}

fn main() {
    let job = Job {
        id: 7,
        label: Rc::from("resize images"),
    };
    let worker = thread::spawn(move || run(job));
    worker.join().unwrap();
}
// ANCHOR_END: spreads_from_fields
