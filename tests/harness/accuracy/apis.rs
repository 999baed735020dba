//! Every API named is checked against Rust 1.95. `api-status.txt` (beside
//! `book.toml`, format in [`api_table`]) lists every std API the prose names
//! in a code span, with its status; this check proves that
//! (a) every code span that names a std path (`Cell::update`,
//!     `std::sync::OnceLock`, `mem::take`) has a row, and every row is named
//!     somewhere, and
//! (b) each row agrees with the std source of the installed nightly: the
//!     `since` of `#[stable]` (a release after 1.95, or
//!     `CURRENT_RUSTC_VERSION`, means "not stable on 1.95": the row must say
//!     `unstable`), the `issue` of `#[unstable]`, and `const=` against
//!     `#[rustc_const_stable]`.

use super::api_table::{self, Row, Status, TABLE_FILE};
use super::prose;
use super::quotes::markdown_files;
use super::std_source::{self, Index, Item, Stability};
use crate::Project;
use crate::book::Chapter;

/// The release the book is true for.
const PINNED: (u32, u32) = (1, 95);

/// `1.88`, `1.88.0` as (major, minor); `CURRENT_RUSTC_VERSION` is the
/// nightly's own release, newer than any stable one.
pub fn release(text: &str) -> Option<(u32, u32)> {
    if text == "CURRENT_RUSTC_VERSION" {
        return Some((u32::MAX, 0));
    }
    let mut parts = text.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    parts
        .all(|part| part.parse::<u32>().is_ok())
        .then_some((major, minor))
}

fn shown((major, minor): (u32, u32)) -> String {
    if major == u32::MAX {
        "the nightly's own release".into()
    } else {
        format!("{major}.{minor}")
    }
}

fn is_type(segment: &str) -> bool {
    segment.starts_with(|c: char| c.is_ascii_uppercase())
        && segment.chars().any(|c| c.is_ascii_lowercase())
}

impl Index {
    /// The items `name` (a table NAME) may mean, with the concrete type to
    /// resolve a macro parameter with.
    fn lookup(&self, name: &str) -> Vec<&Item> {
        let segments: Vec<&str> = name.split("::").collect();
        let generated = |item: &Item, owner: &str, concrete: &str| {
            owner.starts_with('$')
                && item.in_macro.as_ref().is_some_and(|m| {
                    self.macro_values(&item.file, m, &owner[1..])
                        .iter()
                        .any(|value| value == concrete)
                })
        };
        self.items
            .iter()
            .filter(|item| match segments.as_slice() {
                [one] => {
                    item.owner.is_none()
                        && (item.name == *one
                            || item.name == format!("{one}!")
                            || generated(item, &item.name, one))
                }
                [first, member] if is_type(first) => {
                    item.name == *member
                        && item
                            .owner
                            .as_deref()
                            .is_some_and(|owner| owner == *first || generated(item, owner, first))
                }
                // `slice::get_disjoint_mut` (a method of a primitive type),
                // or `mem::take` (a function of a module).
                [module, member] if item.owner.as_deref() == Some(module) => item.name == *member,
                [module, member] => {
                    item.owner.is_none()
                        && item.name.trim_end_matches('!') == *member
                        && std::path::Path::new(&item.file).iter().any(|part| {
                            part.to_str().map(|p| p.trim_end_matches(".rs")) == Some(module)
                        })
                }
                _ => false,
            })
            .collect()
    }

    /// Whether a path's first segment is a std name: a stable or unstable
    /// free item (type, trait, module, function), or a type a std macro makes.
    fn is_std_name(&self, first: &str) -> bool {
        self.lookup(first)
            .iter()
            .any(|item| !self.resolve(item, first, false).is_empty())
    }
}

/// One row against the source: `None` if they agree.
fn compare(index: &Index, row: &Row) -> Option<String> {
    let concrete = row.name.split("::").next().unwrap_or_default();
    let mut candidates: Vec<(&Item, Vec<Stability>)> = index
        .lookup(&row.name)
        .into_iter()
        .filter(|item| row.file.as_ref().is_none_or(|file| item.file == *file))
        .map(|item| (item, index.resolve(item, concrete, false)))
        .filter(|(_, stability)| !stability.is_empty())
        .collect();
    candidates.dedup_by(|a, b| a.0.file == b.0.file && a.1 == b.1);
    let Some((item, found)) = candidates.first() else {
        return Some(match &row.file {
            Some(file) => format!("no stable or unstable `{}` in {file}", row.name),
            None => format!("no stable or unstable `{}` in the std source", row.name),
        });
    };
    if candidates.iter().any(|(_, other)| other != found) {
        let files: Vec<String> = candidates
            .iter()
            .map(|(item, stability)| format!("{}:{} ({stability:?})", item.file, item.line))
            .collect();
        return Some(format!(
            "`{}` has several definitions: {}; say which with `in=FILE`",
            row.name,
            files.join(", ")
        ));
    }
    let at = format!("{}:{}", item.file, item.line);
    let source = found.first().unwrap();
    let wrong = match (&row.status, source) {
        (Status::Stable(claimed), Stability::Stable(since)) => {
            let (claimed, since_release) = (release(claimed), release(since));
            if since_release.is_some_and(|since| since > PINNED) {
                Some(format!(
                    "is stable only since {} ({at}), so unstable on 1.95: write `unstable ISSUE`",
                    shown(since_release.unwrap())
                ))
            } else if claimed.is_none() || claimed != since_release {
                Some(format!("is stable since {since} ({at})"))
            } else {
                None
            }
        }
        (Status::Stable(_), Stability::Unstable(issue)) => {
            Some(format!("is unstable, tracking issue {issue} ({at})"))
        }
        (Status::Unstable(claimed), Stability::Unstable(issue)) => {
            (claimed != issue).then(|| format!("is unstable with tracking issue {issue} ({at})"))
        }
        (Status::Unstable(_), Stability::Stable(since)) => {
            // Stabilised after 1.95: the issue is gone from the source.
            release(since)
                .is_none_or(|since| since <= PINNED)
                .then(|| format!("is stable since {since} ({at})"))
        }
        (Status::Crate(_), _) => None,
    };
    if let Some(wrong) = wrong {
        return Some(format!("`{}` {wrong}", row.name));
    }
    if let Some(claimed) = &row.const_since {
        let consts = index.resolve(item, concrete, true);
        let agrees = consts.iter().any(|stability| {
            matches!(stability, Stability::Stable(since) if release(since) == release(claimed))
        });
        if !agrees {
            return Some(format!(
                "`{}` is not const-stable since {claimed}: the source says {consts:?} ({at})",
                row.name
            ));
        }
    }
    None
}

/// Whether a std path's modules (`std::sync::nonpoison::Mutex`) lead to
/// another definition than the row's (`std/src/sync/poison/mutex.rs`).
fn other_module(index: &Index, row: &Row, modules: &[String]) -> Option<String> {
    if modules.is_empty() || matches!(row.status, Status::Crate(_)) || row.unverified.is_some() {
        return None;
    }
    let files: Vec<String> = index
        .lookup(&row.name)
        .into_iter()
        .filter(|item| row.file.as_ref().is_none_or(|file| item.file == *file))
        .map(|item| item.file.clone())
        .collect();
    let in_modules = |file: &String| {
        let parts: Vec<&str> = std::path::Path::new(file)
            .iter()
            .filter_map(|part| part.to_str())
            .map(|part| part.trim_end_matches(".rs"))
            .collect();
        modules
            .iter()
            .all(|module| parts.contains(&module.as_str()))
    };
    (!files.is_empty() && !files.iter().any(in_modules)).then(|| {
        format!(
            "names `{}` in module `{}`, but its row means the one in {}",
            row.name,
            modules.join("::"),
            files.join(", ")
        )
    })
}

/// What the source says of `name`, to help write its row.
fn suggestion(index: &Index, name: &str) -> String {
    let concrete = name.split("::").next().unwrap_or_default();
    let found: Vec<String> = index
        .lookup(name)
        .into_iter()
        .filter_map(|item| {
            let stability = index.resolve(item, concrete, false);
            let status = match stability.first()? {
                Stability::Stable(since) => format!("stable {}", since.trim_end_matches(".0")),
                Stability::Unstable(issue) => format!("unstable {issue}"),
            };
            Some(format!("{status} in={}", item.file))
        })
        .collect();
    if found.is_empty() {
        "nothing".into()
    } else {
        found.join(" | ")
    }
}

pub fn check(project: &Project, chapters: &[Chapter]) -> Vec<String> {
    let table = project.book_dir.join(TABLE_FILE);
    let Ok(text) = std::fs::read_to_string(&table) else {
        return vec![format!("{}: missing", project.shown(&table))];
    };
    let (rows, mut problems) = api_table::parse(&text);
    let shown_table = project.shown(&table);
    let problems_at = |problem: String| problem.replacen(TABLE_FILE, &shown_table, 1);
    problems = problems.into_iter().map(problems_at).collect();
    let library = match std_source::library_dir() {
        Ok(library) => library,
        Err(problem) => return vec![problem],
    };
    let index = Index::read(&library);

    // (a) Every std path named in prose has a row; every row is named.
    let mut named: Vec<String> = Vec::new();
    for (file, text) in markdown_files(chapters) {
        let prose = prose::prose(&text);
        for span in prose::code_spans(&prose) {
            let Some(mention) = api_table::api_key(&span.text) else {
                continue;
            };
            let listed = rows.iter().any(|row| row.name == mention.key);
            if mention.std_path
                && let Some(row) = rows.iter().find(|row| row.name == mention.key)
                && let Some(problem) = other_module(&index, row, &mention.modules)
            {
                problems.push(format!(
                    "{}:{}: `{}` {problem}",
                    project.shown(&file),
                    span.line,
                    span.text
                ));
            }
            let reported = named.contains(&mention.key);
            named.push(mention.key.clone());
            if mention.other_crate || listed || reported {
                continue;
            }
            let first = mention.key.split("::").next().unwrap_or_default();
            if mention.std_path || index.is_std_name(first) {
                problems.push(format!(
                    "{}:{}: `{}` names the std API `{}`, which {shown_table} does not list (the source says: {})",
                    project.shown(&file),
                    span.line,
                    span.text,
                    mention.key,
                    suggestion(&index, &mention.key)
                ));
            }
        }
    }
    for row in &rows {
        let at = format!("{shown_table}:{}", row.line);
        if !named.contains(&row.name) {
            problems.push(format!("{at}: `{}` is named nowhere in the book", row.name));
        }
        // (b) The row agrees with the std source.
        if matches!(row.status, Status::Crate(_)) || row.unverified.is_some() {
            continue;
        }
        if let Some(problem) = compare(&index, row) {
            problems.push(format!("{at}: {problem}"));
        }
    }
    problems
}
