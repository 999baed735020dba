use std::rc::Rc;

// ANCHOR: impl_send
struct Job {
    label: Rc<str>,
}

// A promise about threads needs `unsafe impl`; a plain `impl` is refused.
impl Send for Job {}
// ANCHOR_END: impl_send

fn main() {
    let job = Job {
        label: "build".into(),
    };
    println!("{}", job.label);
}
