//! The book's own tests: every listing does what its kind promises and what
//! the book shows of it, and the book as a whole holds together.
//!
//! `cargo test --test book` runs them; `BLESS=1 cargo test --test book`
//! rewrites the expected-output files from what ran (review the diff).

use interior_mutability_book::{Project, suite};
use libtest_mimic::{Arguments, Trial};

fn main() {
    let mut arguments = Arguments::from_args();
    suite::twice_as_many_threads_as_cores(&mut arguments);
    let mut checks = suite::checks(&Project::book());
    // The longest trial (the contended benchmark's test mode, about 2.5 s,
    // mostly its threads' timed windows) starts first, so that it runs beside
    // the others instead of after them.
    checks.sort_by_key(|check| !check.name.starts_with("benches::"));
    let trials = checks
        .into_iter()
        .map(|check| {
            let run = check.run;
            Trial::test(check.name, move || run().map_err(Into::into))
        })
        .collect();
    libtest_mimic::run(&arguments, trials).exit();
}
