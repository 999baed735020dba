use std::sync::Mutex;

// ANCHOR: guard_in_while_let
fn main() {
    let jobs = Mutex::new(vec!["backup", "deploy"]);

    // The guard is a temporary of the condition, and it lives through the body.
    while let Some(job) = jobs.lock().unwrap().pop() {
        println!("{job}: queue still locked: {}", jobs.try_lock().is_err());
    }

    jobs.lock().unwrap().extend(["backup", "deploy"]);

    // Take the job in its own statement; the guard is dropped at the `;`.
    loop {
        let next = jobs.lock().unwrap().pop();
        let Some(job) = next else { break };
        println!("{job}: queue still locked: {}", jobs.try_lock().is_err());
    }
}
// ANCHOR_END: guard_in_while_let
