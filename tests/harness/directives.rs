//! The book's own directives and sidecar files, read the same way by the
//! preprocessor (`tools/mdbook-listings`, through `#[path]`) and by the
//! checks. No dependencies, like `markdown.rs`.
//!
//! - `{{#question NAME | WHY}}` stands where a listing's output block would
//!   be: the page asks what the listing does, then reveals the output.
//! - `{{#diagram NAME}}` inlines `src/diagrams/NAME.svg`.
//! - `{{#symptoms}}` is the whole of the generated symptom index page.
//! - `{{#provenance}}` is the "verified with" line.
//! - `NAME.fix` beside a failing listing names the listing that fixes it.

/// The kinds a reader can guess, in the order the answers are offered:
/// `(folder, label)`.
pub const ANSWERS: [(&str, &str); 5] = [
    ("runs", "It runs"),
    ("panics", "It panics"),
    ("does-not-compile", "It does not compile"),
    ("hangs", "It hangs"),
    ("rejected-by-miri", "Miri rejects it"),
];

/// A directive on a line of its own: `{{#NAME ARGUMENT}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    /// 0-based line index.
    pub line: usize,
    pub argument: String,
}

/// Every line of `text` that is exactly `{{#name ...}}`, outside fences.
pub fn directives(text: &str, name: &str) -> Vec<Directive> {
    let open = format!("{{{{#{name}");
    let mut in_fence = false;
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let Some(rest) = trimmed.strip_prefix(open.as_str()) else {
            continue;
        };
        let Some(argument) = rest.strip_suffix("}}") else {
            continue;
        };
        if !(argument.is_empty() || argument.starts_with(' ')) {
            continue; // `{{#questions}}` is not `{{#question}}`
        }
        found.push(Directive {
            line: index,
            argument: argument.trim().to_string(),
        });
    }
    found
}

/// A `{{#question NAME | WHY}}` directive.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub line: usize,
    pub name: String,
    /// One line, Markdown: why the listing does what it does.
    pub why: String,
}

pub fn questions(text: &str) -> Vec<Question> {
    directives(text, "question")
        .into_iter()
        .map(|directive| {
            let (name, why) = directive
                .argument
                .split_once('|')
                .unwrap_or((&directive.argument, ""));
            Question {
                line: directive.line,
                name: name.trim().to_string(),
                why: why.trim().to_string(),
            }
        })
        .collect()
}

/// The file that pins the nightly Miri runs on, at the workspace root.
pub const NIGHTLY_PIN_FILE: &str = "nightly-toolchain.toml";

/// The channel (`nightly-2026-05-20`) of a pin file's `channel = "..."` line.
pub fn pinned_channel(pin_file_text: &str) -> Option<String> {
    pin_file_text
        .lines()
        .filter_map(|line| line.trim().strip_prefix("channel"))
        .filter_map(|rest| rest.trim_start().strip_prefix('='))
        .map(|value| value.trim().trim_matches('"').to_string())
        .next()
}

/// The pinned nightly's channel, from the pin file in `folder` or the
/// nearest folder above it that has one; `nightly` if there is none (the
/// check `nightly::pinned` reports a missing pin).
pub fn pinned_nightly(folder: &std::path::Path) -> String {
    folder
        .ancestors()
        .find_map(|dir| {
            let text = std::fs::read_to_string(dir.join(NIGHTLY_PIN_FILE)).ok()?;
            pinned_channel(&text)
        })
        .unwrap_or_else(|| "nightly".into())
}

/// The command the book shows for a listing of kind `folder`. A listing
/// that Miri rejects runs on `nightly`, the pinned nightly's channel: its
/// report is the one that nightly prints.
pub fn command(folder: &str, package: &str, name: &str, nightly: &str) -> String {
    match folder {
        "does-not-compile" => {
            format!("cargo build -p {package} --features does-not-compile --bin {name}")
        }
        "rejected-by-miri" => format!("cargo +{nightly} miri run -p {package} --bin {name}"),
        "benches" => format!("cargo bench -p {package} --bench {name}"),
        _ => format!("cargo run -p {package} --bin {name}"),
    }
}

/// The output block a question reveals: the command and an include of each
/// snapshot (`includes` are paths as the chapter writes them), exactly as a
/// chapter shows a listing's output.
pub fn console_block(command: &str, includes: &[String]) -> String {
    let mut block = format!("```console\n$ {command}\n");
    for include in includes {
        block.push_str(&format!("{{{{#include {include}}}}}\n"));
    }
    block.push_str("```");
    block
}

/// What a `NAME.fix` sidecar says.
#[derive(Debug, Clone, PartialEq)]
pub enum Fix {
    /// The name of a listing (of kind runs) that fixes this one.
    Listing(String),
    /// `none: REASON`: there is nothing to fix, or no listing shows a fix.
    None(String),
}

/// Reads a `.fix` sidecar: its first line that is not blank or a `#` comment.
pub fn parse_fix(text: &str) -> Result<Fix, String> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .ok_or("it is empty")?;
    if let Some(reason) = line.strip_prefix("none:") {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err("`none:` needs a reason after it".into());
        }
        return Ok(Fix::None(reason.to_string()));
    }
    if line
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        Ok(Fix::Listing(line.to_string()))
    } else {
        Err(format!(
            "`{line}` is neither a listing name nor `none: REASON`"
        ))
    }
}

/// The section of the symptom index an entry belongs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SymptomClass {
    Panic,
    CompileError,
    Miri,
    Hang,
}

/// One thing a reader sees in a terminal, as a snapshot holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Symptom {
    pub class: SymptomClass,
    /// The line as printed: a panic message, `error[E0502]: ...`, Miri's
    /// `Undefined Behavior: ...` line; for a hang, the last line printed.
    pub text: String,
}

/// The symptoms a failing listing's snapshots show. `folder` is its kind.
pub fn symptoms(folder: &str, stdout: &str, stderr: &str) -> Vec<Symptom> {
    let mut found = Vec::new();
    let mut push = |class, text: &str| {
        let text = text.trim().to_string();
        if !text.is_empty() && !found.iter().any(|s: &Symptom| s.text == text) {
            found.push(Symptom { class, text });
        }
    };
    match folder {
        "panics" => {
            let mut lines = stderr.lines();
            while let Some(line) = lines.next() {
                if line.contains("panicked at ")
                    && let Some(message) = lines.next()
                {
                    push(SymptomClass::Panic, message);
                }
            }
        }
        "does-not-compile" => {
            for line in stderr.lines() {
                let is_error = line.starts_with("error[E") || line.starts_with("error: ");
                let summary = line.starts_with("error: could not compile")
                    || line.starts_with("error: aborting due to");
                if is_error && !summary {
                    push(SymptomClass::CompileError, line);
                }
            }
        }
        "rejected-by-miri" => {
            if let Some(line) = stderr.lines().find(|line| line.starts_with("error: ")) {
                push(SymptomClass::Miri, line.trim_start_matches("error: "));
            }
        }
        "hangs" => {
            let last = stdout.lines().rev().find(|line| !line.trim().is_empty());
            push(SymptomClass::Hang, last.unwrap_or("(nothing printed)"));
        }
        _ => {}
    }
    found
}

/// The "verified with" record (`provenance.toml` beside `book.toml`):
/// `rustc --version` of the stable and the nightly toolchain that last ran
/// the tests, and the day they did.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    pub stable: String,
    pub nightly: String,
    pub date: String,
}

/// Reads `key = "value"` lines (a small subset of TOML).
pub fn toml_value(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

pub fn parse_provenance(text: &str) -> Result<Provenance, String> {
    let get = |key| toml_value(text, key).ok_or(format!("no `{key} = \"...\"` line"));
    Ok(Provenance {
        stable: get("stable")?,
        nightly: get("nightly")?,
        date: get("date")?,
    })
}

impl Provenance {
    pub fn to_toml(&self) -> String {
        format!(
            "# Written by `BLESS=1 cargo test --test book` from the toolchains that ran\n\
             # the tests; `cargo test` fails when they or the pins disagree with it.\n\
             stable = \"{}\"\nnightly = \"{}\"\ndate = \"{}\"\n",
            self.stable, self.nightly, self.date
        )
    }

    /// The sentence the book shows.
    pub fn sentence(&self) -> String {
        format!(
            "Every listing verified with `{}` and `{}` on {}.",
            self.stable, self.nightly, self.date
        )
    }
}

/// The listings a diagram states facts from: the `data-listings` attribute
/// of its `<svg>` (names separated by spaces).
pub fn diagram_listings(svg: &str) -> Vec<&str> {
    let Some(start) = svg.find("data-listings=\"") else {
        return Vec::new();
    };
    let rest = &svg[start + "data-listings=\"".len()..];
    rest[..rest.find('"').unwrap_or(0)]
        .split_whitespace()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_has_a_name_and_a_why() {
        let text = "a\n{{#question ch02-x | the guard lives on.}}\n```\n{{#question no}}\n```\n";
        assert_eq!(
            questions(text),
            vec![Question {
                line: 1,
                name: "ch02-x".into(),
                why: "the guard lives on.".into()
            }]
        );
        assert!(directives("{{#questions}}", "question").is_empty());
    }

    #[test]
    fn fix_sidecars() {
        assert_eq!(
            parse_fix("# c\nch01-ok\n"),
            Ok(Fix::Listing("ch01-ok".into()))
        );
        assert_eq!(
            parse_fix("none: it is the point"),
            Ok(Fix::None("it is the point".into()))
        );
        assert!(parse_fix("none:").is_err());
        assert!(parse_fix("").is_err());
        assert!(parse_fix("two words").is_err());
    }

    #[test]
    fn symptoms_from_snapshots() {
        let panic =
            "\nthread 'main' (TID) panicked at a.rs:1:1:\nRefCell already borrowed\nnote: run";
        assert_eq!(
            symptoms("panics", "", panic)[0].text,
            "RefCell already borrowed"
        );
        let compile = "error[E0502]: cannot borrow\n --> a.rs\nerror: aborting due to 1 previous error\n\
                       error: could not compile `x`";
        let found = symptoms("does-not-compile", "", compile);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "error[E0502]: cannot borrow");
        let miri = "error: Undefined Behavior: Data race detected\n --> a.rs";
        assert_eq!(
            symptoms("rejected-by-miri", "", miri)[0].text,
            "Undefined Behavior: Data race detected"
        );
        assert_eq!(symptoms("hangs", "one\ntwo\n\n", "")[0].text, "two");
    }

    #[test]
    fn provenance_round_trips() {
        let p = Provenance {
            stable: "rustc 1.95.0 (a 2026-01-01)".into(),
            nightly: "rustc 1.97.0-nightly (b 2026-05-19)".into(),
            date: "2026-12-02".into(),
        };
        assert_eq!(parse_provenance(&p.to_toml()), Ok(p));
    }
}
