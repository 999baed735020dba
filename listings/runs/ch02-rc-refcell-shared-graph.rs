use std::cell::RefCell;
use std::rc::Rc;

// ANCHOR: shared_graph
/// A build step; steps depend on other steps, and several may share one.
struct Step {
    name: &'static str,
    done: bool,
    needs: Vec<StepRef>,
}

type StepRef = Rc<RefCell<Step>>;

fn step(name: &'static str, needs: &[&StepRef]) -> StepRef {
    let needs = needs.iter().map(|&need| Rc::clone(need)).collect();
    Rc::new(RefCell::new(Step {
        name,
        done: false,
        needs,
    }))
}

fn ready(step: &StepRef) -> bool {
    step.borrow().needs.iter().all(|need| need.borrow().done)
}

fn show(steps: &[&StepRef]) {
    let line: Vec<String> = steps
        .iter()
        .map(|s| {
            format!(
                "{} ready={} done={}",
                s.borrow().name,
                ready(s),
                s.borrow().done
            )
        })
        .collect();
    println!("{}", line.join(" | "));
}

fn main() {
    let fetch = step("fetch", &[]);
    let compile = step("compile", &[&fetch]);
    let test = step("test", &[&fetch, &compile]);
    println!("owners of fetch: {}", Rc::strong_count(&fetch)); // main, compile, test

    show(&[&fetch, &compile, &test]);
    fetch.borrow_mut().done = true; // one write, through one handle...
    show(&[&fetch, &compile, &test]); // ...seen through every other
    compile.borrow_mut().done = true;
    show(&[&fetch, &compile, &test]);
}
// ANCHOR_END: shared_graph
