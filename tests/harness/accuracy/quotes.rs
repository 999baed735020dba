//! No quoted message without a snapshot. A panic message, a compiler
//! diagnostic, a Miri report line or a printed line that the prose quotes
//! (tables and callouts included, and the Markdown files a chapter includes)
//! must appear verbatim in the `.stdout` or `.stderr` snapshot of some
//! listing, so it is what Rust 1.95 prints.
//!
//! What counts as a quote:
//! - any `<samp>TEXT</samp>` (HTML's element for a program's output): the
//!   form to use for a printed line, which no pattern can tell from code;
//! - a code span or a "double-quoted" phrase that reads like a message: it
//!   starts with one of [`MESSAGE_STARTS`] or contains one of
//!   [`MESSAGE_WORDS`]. Ordinary code spans (`RefCell::borrow`,
//!   `Err(BorrowError)`) match neither.
//!
//! A quote of another release's words is marked with the release that printed
//! them, `<samp data-release="1.88">TEXT</samp>` (TEXT may be a code span); a
//! release before 1.95 is required, and the quote is then not looked up.
//!
//! Matching is on the text as the harness normalises output (a thread id
//! reads `(TID)`), with runs of whitespace read as one space, so prose may
//! wrap a quote across lines.

use super::prose::{self, Piece};
use crate::Project;
use crate::book::Chapter;
use crate::listings::Listing;
use crate::markdown;
use std::path::PathBuf;

/// How diagnostics and reports begin.
pub const MESSAGE_STARTS: &[&str] = &[
    "error:", "error[", "warning:", "warning[", "note:", "help:", "thread '",
];

/// Words that only messages use.
pub const MESSAGE_WORDS: &[&str] = &[
    "panicked",
    "Undefined Behavior",
    "already borrowed",
    "already mutably borrowed",
    "between threads safely",
    "memory leaked",
    "deadlocked",
    "data race detected",
    "does not live long enough",
    "cannot borrow",
    "cannot move out",
    "cannot assign",
    "attempt to add",
    "attempt to subtract",
    "called `",
    "assertion `",
];

/// The release whose output the snapshots hold.
pub const PINNED_MINOR: u32 = 95;

/// Whether `text` reads like a message.
pub fn reads_like_a_message(text: &str) -> bool {
    let text = text.trim();
    MESSAGE_STARTS.iter().any(|start| text.starts_with(start))
        || MESSAGE_WORDS.iter().any(|word| text.contains(word))
}

/// A `<samp ...>TEXT</samp>` element: its range, line, TEXT (an inner code
/// span unwrapped, entities decoded) and its `data-release`, if any.
struct Samp {
    piece: Piece,
    release: Option<String>,
}

fn samps(prose: &str) -> Vec<Samp> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = prose[from..].find("<samp").map(|at| from + at) {
        let Some(tag_end) = prose[start..].find('>').map(|at| start + at) else {
            break;
        };
        let Some(close) = prose[tag_end..].find("</samp>").map(|at| tag_end + at) else {
            break;
        };
        let tag = &prose[start..tag_end];
        let release = tag
            .split_once("data-release=\"")
            .map(|(_, rest)| rest.split('"').next().unwrap_or_default().to_string());
        let inner = prose[tag_end + 1..close].replace('\n', " ");
        let inner = inner.trim();
        let unwrapped = inner
            .strip_prefix('`')
            .and_then(|rest| rest.strip_suffix('`'))
            .unwrap_or(inner);
        let text = unwrapped
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        found.push(Samp {
            piece: Piece {
                range: start..close + "</samp>".len(),
                line: prose[..start].matches('\n').count() + 1,
                text,
            },
            release,
        });
        from = close;
    }
    found
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `release` names a release before the pinned one (`1.88`, `1.88.0`).
fn earlier_release(release: &str) -> bool {
    let mut parts = release.split('.');
    let (Some("1"), Some(minor)) = (parts.next(), parts.next()) else {
        return false;
    };
    parts.all(|part| part.parse::<u32>().is_ok())
        && minor.parse::<u32>().is_ok_and(|minor| minor < PINNED_MINOR)
}

/// The Markdown files of the book: each chapter and each `.md` file it
/// includes, with its text.
pub fn markdown_files(chapters: &[Chapter]) -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for chapter in chapters {
        files.push((chapter.file.clone(), chapter.text.clone()));
        let dir = chapter.file.parent().unwrap();
        for include in markdown::includes(&chapter.text) {
            let path = dir.join(&include.path);
            if path.extension().is_some_and(|e| e == "md")
                && let Ok(text) = std::fs::read_to_string(&path)
                && !files.iter().any(|(file, _)| *file == path)
            {
                files.push((path, text));
            }
        }
    }
    files
}

/// The problems: each quote that no snapshot holds, each wrong marker.
pub fn check(project: &Project, chapters: &[Chapter], listings: &[Listing]) -> Vec<String> {
    let mut snapshots = String::new();
    for listing in listings {
        for extension in ["stdout", "stderr"] {
            if let Ok(text) = std::fs::read_to_string(listing.source.with_extension(extension)) {
                snapshots.push_str(&collapse(&text));
                snapshots.push('\n');
            }
        }
    }
    let mut problems = Vec::new();
    for (file, text) in markdown_files(chapters) {
        let prose = prose::prose(&text);
        let samps = samps(&prose);
        let mut quotes: Vec<Piece> = Vec::new();
        for samp in &samps {
            let at = format!("{}:{}", project.shown(&file), samp.piece.line);
            match &samp.release {
                Some(release) if earlier_release(release) => {}
                Some(release) => problems.push(format!(
                    "{at}: `data-release=\"{release}\"` must name a release before 1.{PINNED_MINOR} (`1.NN`); a 1.{PINNED_MINOR} quote needs a snapshot instead"
                )),
                None => quotes.push(samp.piece.clone()),
            }
        }
        let rest = prose::blank_ranges(&prose, samps.iter().map(|samp| samp.piece.range.clone()));
        quotes.extend(
            prose::code_spans(&rest)
                .into_iter()
                .chain(prose::double_quoted(&rest))
                .filter(|piece| reads_like_a_message(&piece.text)),
        );
        quotes.sort_by_key(|piece| piece.range.start);
        for quote in quotes {
            let wanted = collapse(&crate::verdict::normalize(&quote.text));
            if !snapshots.contains(&wanted) {
                problems.push(format!(
                    "{}:{}: quotes `{}`, which no listing's .stdout or .stderr holds; quote what a listing prints, or mark another release's words <samp data-release=\"1.NN\">...</samp>",
                    project.shown(&file),
                    quote.line,
                    quote.text
                ));
            }
        }
    }
    problems
}
