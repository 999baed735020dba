use std::sync::{Arc, Barrier, RwLock};
use std::thread;

// ANCHOR: graph_across_threads
/// The build steps of the RefCell chapter, now shared between threads.
struct Step {
    name: &'static str,
    done: bool,
    needs: Vec<StepRef>,
}

type StepRef = Arc<RwLock<Step>>; // was Rc<RefCell<Step>>

fn step(name: &'static str, needs: &[&StepRef]) -> StepRef {
    let needs = needs.iter().map(|s| Arc::clone(s)).collect();
    Arc::new(RwLock::new(Step {
        name,
        done: false,
        needs,
    }))
}

fn ready(step: &StepRef) -> bool {
    let step = step.read().unwrap(); // `read` where RefCell had `borrow`
    !step.done && step.needs.iter().all(|need| need.read().unwrap().done)
}

fn main() {
    let fetch = step("fetch", &[]);
    let compile = step("compile", &[&fetch]);
    let lint = step("lint", &[&fetch]);
    let test = step("test", &[&compile, &fetch]);
    println!("owners of fetch: {}", Arc::strong_count(&fetch));

    let all = [fetch, compile, lint, test];
    for round in 1.. {
        let runnable: Vec<StepRef> = all.iter().filter(|s| ready(s)).cloned().collect();
        if runnable.is_empty() {
            break;
        }
        // Opens only when every step of the round holds its write guard.
        let all_writing = Arc::new(Barrier::new(runnable.len()));
        let workers: Vec<_> = runnable
            .into_iter()
            .map(|step| {
                let all_writing = Arc::clone(&all_writing);
                thread::spawn(move || {
                    let mut step = step.write().unwrap(); // `write` for `borrow_mut`
                    all_writing.wait(); // so the steps of a round run at once
                    step.done = true;
                    step.name
                })
            })
            .collect();
        let names: Vec<&str> = workers.into_iter().map(|w| w.join().unwrap()).collect();
        println!(
            "round {round}: {} on {} thread(s), write guards held at once",
            names.join(" and "),
            names.len()
        );
    }
}
// ANCHOR_END: graph_across_threads
