//! `api-status.txt`: every API the prose names, with its status on Rust 1.95.
//! One API a line, `#` starts a comment:
//!
//! ```text
//! NAME                         STATUS            [const=X.Y] [in=FILE] [unverified=WHY]
//! Cell::update                 stable 1.88
//! OnceLock::get_or_try_init    unstable 109737
//! Mutex::new                   stable 1.0        const=1.63 in=std/src/sync/poison/mutex.rs
//! MutexGuard::unlock_fair      crate parking_lot
//! ```
//!
//! NAME is the API as [`api_key`] reads a code span (`std::sync::Mutex<T>`
//! and `Mutex` are both `Mutex`). STATUS is `stable RELEASE` (the release
//! that stabilised it), `unstable ISSUE` (its tracking issue) or `crate NAME`
//! (an API of another crate, beside a std name). `in=` names the std source
//! file (below `library/`) where a name has several definitions; `const=` the
//! release that made it usable in a `const`. The book checks compare the rows
//! with the std source (see `std_source.rs`).
//!
//! No dependencies: the preprocessor (`tools/mdbook-listings`) includes this
//! file with `#[path]` to badge each API's first mention in a chapter.

/// The table's file name, beside `book.toml`.
pub const TABLE_FILE: &str = "api-status.txt";

/// The page the preprocessor generates from the table.
pub const STATUS_PAGE: &str = "api-status.md";

/// Crates whose paths the prose may name; a path that starts with one is
/// that crate's API, never std's.
pub const OTHER_CRATES: &[&str] = &[
    "tokio",
    "parking_lot",
    "crossbeam_utils",
    "crossbeam",
    "qcell",
    "loom",
    "criterion",
    "listings",
];

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Stable since this release (`1.88`).
    Stable(String),
    /// Unstable on 1.95, with its tracking issue.
    Unstable(String),
    /// An API of another crate.
    Crate(String),
}

#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub name: String,
    pub status: Status,
    pub const_since: Option<String>,
    pub file: Option<String>,
    /// Why the std source cannot confirm this row (a macro builds it).
    pub unverified: Option<String>,
}

impl Row {
    /// The badge text for a reader, if any: a release after 1.0, or the
    /// tracking issue. APIs of Rust 1.0 and other crates get none.
    pub fn badge(&self) -> Option<String> {
        match &self.status {
            Status::Stable(since) if since != "1.0" => Some(since.clone()),
            Status::Unstable(issue) => Some(format!("unstable #{issue}")),
            _ => None,
        }
    }

    /// The element id of this row on the status page.
    pub fn id(&self) -> String {
        anchor_id(&self.name)
    }
}

pub fn anchor_id(name: &str) -> String {
    let mut id = String::from("api-");
    for c in name.to_lowercase().replace("::", "-").chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            id.push(c);
        }
    }
    id
}

/// The rows of the table, and a problem for each line that is not one.
pub fn parse(text: &str) -> (Vec<Row>, Vec<String>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or_default();
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        let at = index + 1;
        let status = match words.get(1..3) {
            Some(["stable", since]) => Status::Stable(since.to_string()),
            Some(["unstable", issue]) => Status::Unstable(issue.to_string()),
            Some(["crate", name]) => Status::Crate(name.to_string()),
            _ => {
                problems.push(format!(
                    "{TABLE_FILE}:{at}: `{}` needs a status: `stable X.Y`, `unstable ISSUE` or `crate NAME`",
                    words[0]
                ));
                continue;
            }
        };
        let mut row = Row {
            line: at,
            name: words[0].to_string(),
            status,
            const_since: None,
            file: None,
            unverified: None,
        };
        for option in &words[3..] {
            match option.split_once('=') {
                Some(("const", since)) => row.const_since = Some(since.to_string()),
                Some(("in", file)) => row.file = Some(file.to_string()),
                Some(("unverified", why)) => row.unverified = Some(why.replace('_', " ")),
                _ => problems.push(format!(
                    "{TABLE_FILE}:{at}: unknown option `{option}` (const=, in=, unverified=)"
                )),
            }
        }
        if rows.iter().any(|other: &Row| other.name == row.name) {
            problems.push(format!("{TABLE_FILE}:{at}: `{}` is listed twice", row.name));
        }
        rows.push(row);
    }
    (rows, problems)
}

/// An API named by a code span: its key (the table's NAME) and who owns it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub key: String,
    /// Written with `std::`, `core::` or `alloc::`.
    pub std_path: bool,
    /// Written with another crate's name first.
    pub other_crate: bool,
    /// The modules written before the key (`sync` of `std::sync::Mutex`).
    pub modules: Vec<String>,
}

/// `text` without generic arguments (`Cell<T>`, `::<T>`).
fn without_generics(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.checked_sub(1)?,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    (depth == 0).then(|| out.replace("::::", "::").trim_end_matches("::").to_string())
}

fn is_ident(segment: &str) -> bool {
    let mut chars = segment.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The API a code span names, if it is a path: `Cell::update`,
/// `std::sync::Mutex<T>`, `mem::take()`, `thread::scope(...)`, `&RefCell<T>`.
/// The key keeps a type and what follows (`Mutex::lock`), or a function's
/// module (`mem::take`); a lone lowercase word is not a path.
pub fn api_key(span: &str) -> Option<Mention> {
    let mut text = span.trim();
    for prefix in ["&mut ", "&", "*const ", "*mut "] {
        text = text.strip_prefix(prefix).unwrap_or(text);
    }
    let mut text = without_generics(text)?;
    if text.ends_with(')') {
        let open = text.find('(')?;
        text.truncate(open);
    }
    let text = text.trim_end_matches('!');
    let segments: Vec<&str> = text.split("::").collect();
    if !segments.iter().all(|segment| is_ident(segment)) {
        return None;
    }
    let std_path = matches!(segments[0], "std" | "core" | "alloc");
    let other_crate = OTHER_CRATES.contains(&segments[0]);
    let rest = if std_path || other_crate {
        &segments[1..]
    } else {
        &segments[..]
    };
    // `Cell` is a type; `MAX` (all capitals) is a constant.
    let is_type = |s: &&str| {
        s.starts_with(|c: char| c.is_ascii_uppercase()) && s.chars().any(|c| c.is_ascii_lowercase())
    };
    let start = match rest.iter().position(is_type) {
        Some(first_type) => first_type,
        None if rest.len() >= 2 => rest.len() - 2,
        None if std_path && rest.len() == 1 => 0,
        None => return None,
    };
    Some(Mention {
        key: rest[start..].join("::"),
        std_path,
        other_crate,
        modules: rest[..start].iter().map(|m| m.to_string()).collect(),
    })
}
