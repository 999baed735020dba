//! The Costs chapter's numbers, checked against the committed results
//! (`src/costs/data/results.json`, written by `cargo run -p costs-report`):
//! every table and the plot re-render byte for byte, every row the prose
//! links to exists, and every comparison the prose makes holds. The
//! fixtures in `tests/fixtures/costs/` prove that each check can fail
//! (`tests/checkers_reject_wrong_fixtures.rs` runs them too).

use costs_report::check::{claims_hold, linked_rows_exist, rerender_matches};
use libtest_mimic::{Arguments, Trial};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn verdict(problems: Vec<String>) -> Result<(), libtest_mimic::Failed> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let arguments = Arguments::from_args();
    let costs = root().join("src/costs");
    let chapter = std::fs::read_to_string(root().join("src/costs.md")).unwrap_or_default();
    let (c1, c2, c3) = (costs.clone(), costs.clone(), costs);
    let (p1, p2) = (chapter.clone(), chapter);
    let trials = vec![
        Trial::test("costs::tables-rerender", move || {
            verdict(rerender_matches(&c1))
        }),
        Trial::test("costs::linked-rows-exist", move || {
            verdict(linked_rows_exist(&p1, &c2))
        }),
        Trial::test("costs::claims-hold", move || verdict(claims_hold(&p2, &c3))),
    ];
    libtest_mimic::run(&arguments, trials).exit();
}
