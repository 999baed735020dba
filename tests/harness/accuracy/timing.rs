//! Concurrency claims are proven deterministically: a listing that runs,
//! panics or hangs may not order its threads by sleeping or by the clock.
//! Barriers, channels, joins and an observed `try_lock`/`try_read` result
//! prove an order; a sleep only makes one likely.
//!
//! A line that needs the clock anyway (a deadline that only bounds a poll,
//! say) carries a marker on that line or above it in the same block of
//! lines (no blank line between), with a reason of a few words:
//!
//! ```text
//! // allow-timing: why the claim does not rest on this timing
//! ```

use crate::Project;
use crate::listings::{Kind, Listing};

/// What gives a listing's source away as timing-based.
pub const TIMING_WORDS: &[&str] = &["sleep", "Instant", "elapsed", "_timeout"];

/// The marker that allows a timing word on a line, with its reason.
pub const ALLOW_MARKER: &str = "// allow-timing:";

/// A reason must say something: at least this many words.
const REASON_WORDS: usize = 4;

/// The code of a line, without its `//` comment.
fn code_of(line: &str) -> &str {
    line.find("//").map_or(line, |at| &line[..at])
}

/// Whether the line at `index` is covered by a marker with a reason: one on
/// the line itself, or on a line above it in the same block of lines (no
/// blank line between).
fn allowed(lines: &[&str], index: usize) -> Result<bool, String> {
    for line in lines[..=index].iter().rev() {
        if line.trim().is_empty() {
            break;
        }
        if let Some(at) = line.find(ALLOW_MARKER) {
            let reason = &line[at + ALLOW_MARKER.len()..];
            if reason.split_whitespace().count() < REASON_WORDS {
                return Err(format!(
                    "`{ALLOW_MARKER}` needs a reason of at least {REASON_WORDS} words"
                ));
            }
            return Ok(true);
        }
    }
    Ok(false)
}

/// Every use of the clock in a runs, panics or hangs listing is marked.
pub fn check(project: &Project, listings: &[Listing]) -> Vec<String> {
    let mut problems = Vec::new();
    for listing in listings {
        if !matches!(listing.kind, Kind::Runs | Kind::Panics | Kind::Hangs) {
            continue;
        }
        let source = std::fs::read_to_string(&listing.source).unwrap_or_default();
        let lines: Vec<&str> = source.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let code = code_of(line);
            if code.trim_start().starts_with("use ") {
                continue; // an import times nothing; its uses are checked
            }
            let Some(word) = TIMING_WORDS.iter().find(|word| code.contains(*word)) else {
                continue;
            };
            let at = format!("{}:{}", project.shown(&listing.source), index + 1);
            match allowed(&lines, index) {
                Ok(true) => {}
                Ok(false) => problems.push(format!(
                    "{at}: `{word}` in a {} listing: order threads by a barrier, a channel, a join or an observed `try_lock`, not by time (or say why with `{ALLOW_MARKER} REASON`)",
                    listing.kind
                )),
                Err(problem) => problems.push(format!("{at}: {problem}")),
            }
        }
    }
    problems
}
