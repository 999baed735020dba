//! `{{#symptoms}}`: the page "Errors, panics and hangs", generated from the
//! snapshots. Every panic message, compiler error (code and first line),
//! Miri report and hang that a failing listing's snapshot holds, with a link
//! to that listing and to the one that fixes it (its `NAME.fix` sidecar).

use crate::directives::{self, Fix, SymptomClass};
use std::collections::BTreeMap;

/// A failing listing, as the page needs it.
pub struct Failing {
    pub name: String,
    pub folder: String,
    /// The caption text of its first captioned part (Markdown).
    pub caption: String,
    pub stdout: String,
    pub stderr: String,
    /// `None` when the sidecar is missing or unreadable (`cargo test` says so).
    pub fix: Option<Fix>,
}

const SECTIONS: [(SymptomClass, &str, &str); 4] = [
    (
        SymptomClass::Panic,
        "Panics",
        "The message on the line after `thread '...' panicked at FILE:LINE:COLUMN:`.",
    ),
    (
        SymptomClass::CompileError,
        "Compiler errors",
        "The first line of each error, with its code.",
    ),
    (
        SymptomClass::Miri,
        "Undefined behaviour that Miri reports",
        "The line after `error:` in `cargo miri run`'s report. The tags and \
         allocation numbers (`<330>`, `alloc153`) depend on the program and the \
         Miri version, so yours will differ: search for the words around them.",
    ),
    (
        SymptomClass::Hang,
        "Hangs and deadlocks",
        "The program prints the line shown, then blocks for good. Under Miri \
         (`cargo test --test miri -- --ignored` checks it), each is reported as \
         `error: the evaluated program deadlocked`.",
    ),
];

/// A Markdown code span holding `text` exactly, backticks included.
pub fn code_span(text: &str) -> String {
    let longest = text
        .as_bytes()
        .chunk_by(|a, b| a == b)
        .filter(|run| run[0] == b'`')
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

fn fix_text(fix: &Option<Fix>) -> String {
    match fix {
        Some(Fix::Listing(name)) => format!("fixed in {{{{#listing {name}}}}}"),
        Some(Fix::None(reason)) => format!("no fix shown: {reason}"),
        None => "no fix declared".to_string(),
    }
}

/// The listings that show one message: each with whether it is the
/// listing's last panic (always true for the other classes).
type Shown<'a> = Vec<(&'a Failing, bool)>;

/// The whole page, in Markdown, with `{{#listing NAME}}` references that
/// the preprocessor then turns into links.
pub fn page(failing: &[Failing]) -> (String, usize) {
    // class -> text -> listings that show it, each with whether this is the
    // listing's last panic. A panic before the last one (a thread that fails
    // on purpose, say, to poison a lock) is not what the fix listing fixes:
    // the fix listing may well raise it too.
    let mut index: BTreeMap<SymptomClass, BTreeMap<String, Shown>> = BTreeMap::new();
    for listing in failing {
        let symptoms = directives::symptoms(&listing.folder, &listing.stdout, &listing.stderr);
        let panics = symptoms
            .iter()
            .filter(|symptom| symptom.class == SymptomClass::Panic)
            .count();
        let mut panic_number = 0;
        for symptom in symptoms {
            let last = if symptom.class == SymptomClass::Panic {
                panic_number += 1;
                panic_number == panics
            } else {
                true
            };
            index
                .entry(symptom.class)
                .or_default()
                .entry(symptom.text)
                .or_default()
                .push((listing, last));
        }
    }
    let entries: usize = index.values().map(BTreeMap::len).sum();
    let mut out = String::from(
        "# Errors, panics and hangs\n\n\
         Every error message, panic and hang that a listing of this book shows, \
         as the terminal printed it. Paste yours into the search bar (press `s`) \
         to find it here, then follow the link to the listing that shows it and \
         to the one that fixes it.\n\n\
         This page is generated from the listings' tested output when the book \
         is built, so it lists exactly what `cargo test` saw.\n",
    );
    for (class, heading, about) in SECTIONS {
        let Some(texts) = index.get(&class) else {
            continue;
        };
        out.push_str(&format!("\n## {heading}\n\n{about}\n\n"));
        for (text, listings) in texts {
            let shown: Vec<String> = listings
                .iter()
                .map(|&(listing, last)| {
                    let what = if class == SymptomClass::Hang {
                        format!(" ({})", listing.caption)
                    } else {
                        String::new()
                    };
                    let fix = if last {
                        fix_text(&listing.fix)
                    } else {
                        "a panic the listing causes on purpose, to show the one \
                         after it in its output (which its fix cures)"
                            .to_string()
                    };
                    format!("shown in {{{{#listing {}}}}}{what}, {fix}", listing.name)
                })
                .collect();
            out.push_str(&format!(
                "- {}\\\n  {}.\n",
                code_span(text),
                shown.join("; ")
            ));
        }
    }
    (out, entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code_span("plain"), "`plain`");
        assert_eq!(code_span("called `unwrap()`"), "`` called `unwrap()` ``");
        assert_eq!(code_span("a `b` c"), "``a `b` c``");
        assert_eq!(code_span("`a`"), "`` `a` ``");
    }

    #[test]
    fn groups_listings_by_message_with_their_fixes() {
        let panic = "thread 'main' (TID) panicked at a.rs:1:1:\nRefCell already borrowed\n";
        let failing = [
            Failing {
                name: "ch02-a".into(),
                folder: "panics".into(),
                caption: "a".into(),
                stdout: String::new(),
                stderr: panic.into(),
                fix: Some(Fix::Listing("ch02-a-fixed".into())),
            },
            Failing {
                name: "ch02-b".into(),
                folder: "panics".into(),
                caption: "b".into(),
                stdout: String::new(),
                stderr: panic.into(),
                fix: Some(Fix::None("the panic is the point".into())),
            },
            Failing {
                name: "ch04-c".into(),
                folder: "hangs".into(),
                caption: "two locks".into(),
                stdout: "locked a\n".into(),
                stderr: String::new(),
                fix: None,
            },
        ];
        let (page, entries) = page(&failing);
        assert_eq!(entries, 2);
        assert!(page.contains(
            "- `RefCell already borrowed`\\\n  shown in {{#listing ch02-a}}, fixed in {{#listing ch02-a-fixed}}; \
             shown in {{#listing ch02-b}}, no fix shown: the panic is the point.\n"
        ));
        assert!(page.contains("## Hangs and deadlocks"));
        assert!(page.contains("shown in {{#listing ch04-c}} (two locks), no fix declared."));
        assert!(!page.contains("## Compiler errors"));
    }

    #[test]
    fn a_panic_before_the_last_one_is_not_said_to_be_fixed() {
        let stderr = "thread 'worker' (TID) panicked at a.rs:1:1:\nthe worker failed\n\
                      thread 'main' (TID) panicked at a.rs:2:1:\nPoisonError\n";
        let failing = [Failing {
            name: "ch04-p".into(),
            folder: "panics".into(),
            caption: "p".into(),
            stdout: String::new(),
            stderr: stderr.into(),
            fix: Some(Fix::Listing("ch04-p-recovered".into())),
        }];
        let (page, entries) = page(&failing);
        assert_eq!(entries, 2);
        assert!(
            page.contains("- `PoisonError`\\\n  shown in {{#listing ch04-p}}, fixed in {{#listing ch04-p-recovered}}.\n"),
            "{page}"
        );
        assert!(
            page.contains("- `the worker failed`\\\n  shown in {{#listing ch04-p}}, a panic the listing causes on purpose"),
            "{page}"
        );
    }
}
