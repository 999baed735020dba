//! The accuracy rules of issue 11, section B, as book-wide checks:
//!
//! - [`timing`]: `book::listings-do-not-time-threads`, no listing orders its
//!   threads by sleeping or by the clock;
//! - [`quotes`]: `book::quoted-messages-have-snapshots`, every message the
//!   prose quotes is printed by some listing;
//! - [`apis`]: `book::apis-checked-against-1-95`, every std API the prose
//!   names is in `api-status.txt` (read by [`api_table`], which the
//!   preprocessor shares), and the table agrees with the std source
//!   ([`std_source`]).

pub mod api_table;
pub mod apis;
pub mod prose;
pub mod quotes;
pub mod std_source;
pub mod timing;

use crate::Project;
use crate::book::Chapter;
use crate::listings::Listing;
use crate::suite::Check;
use std::sync::Arc;

fn verdict_of(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The three rules as named checks (the hook in `suite.rs`).
pub fn checks(
    project: &Project,
    chapters: &Arc<Vec<Chapter>>,
    listings: &Arc<Vec<Listing>>,
) -> Vec<Check> {
    let mut checks = Vec::new();
    let (for_timing, found) = (project.clone(), Arc::clone(listings));
    checks.push(Check {
        name: "book::listings-do-not-time-threads".into(),
        run: Box::new(move || verdict_of(timing::check(&for_timing, &found))),
    });
    let (for_quotes, texts, found) = (project.clone(), Arc::clone(chapters), Arc::clone(listings));
    checks.push(Check {
        name: "book::quoted-messages-have-snapshots".into(),
        run: Box::new(move || verdict_of(quotes::check(&for_quotes, &texts, &found))),
    });
    let (for_apis, texts) = (project.clone(), Arc::clone(chapters));
    checks.push(Check {
        name: "book::apis-checked-against-1-95".into(),
        run: Box::new(move || verdict_of(apis::check(&for_apis, &texts))),
    });
    checks
}
