//! `book::method-tables` (issue 12): the book teaches every stable method of
//! the types it is about. Each chapter ends with `## Methods at a glance`,
//! one table per type, in exactly these columns:
//!
//! ```text
//! | Method | Signature | Needs | Can fail | Shown in |
//! |---|---|---|---|---|
//! | `Cell::get` | `fn get(&self) -> T` | `T: Copy` | never | {{#listing ch01-cell-get-set}} |
//! ```
//!
//! The check reads, from the nightly's std source (with
//! [`std_source`]), each type's *inherent* methods that are `#[stable]` on
//! Rust 1.95 and not `#[deprecated]`, and requires
//! - a row for each of them somewhere in the book, and no row for anything
//!   else (a typo, a trait method, an unstable or deprecated one), no row twice;
//! - the Method cell to be `` `Type::method` ``, the Signature cell a code
//!   span declaring `fn method`, the Can fail cell one of the forms in
//!   [`CAN_FAIL`], and each table to be about one type;
//! - the Shown in cell to link with `{{#listing NAME}}` to listings whose
//!   source calls the method ([`calls`]).
//!
//! `METHOD_LIST=1 cargo test --test book -- book::method-tables` also prints
//! every method it requires, per type, with the release that stabilised it.

use crate::Project;
use crate::accuracy::std_source::{self, Index, Item, Stability};
use crate::book::Chapter;
use crate::listings::Listing;
use crate::markdown;
use std::collections::HashMap;
use std::path::Path;

/// The heading of the section that holds a chapter's tables.
pub const HEADING: &str = "## Methods at a glance";

/// The columns of every table, in order.
pub const COLUMNS: [&str; 5] = ["Method", "Signature", "Needs", "Can fail", "Shown in"];

/// What a Can fail cell starts with.
pub const CAN_FAIL: [&str; 5] = [
    "never",
    "panics (when ",
    "blocks (until ",
    "Err (when ",
    "None (when ",
];

/// The release the book is true for.
const PINNED: (u32, u32) = (1, 95);

/// The types the tables cover, each with the std file (below `library/`)
/// that defines its inherent methods on the nightly. `Mutex`, `RwLock` and
/// `Condvar` are the poisoning ones that `std::sync` exports (the
/// `nonpoison` module's are unstable); `AtomicUsize` stands for the integer
/// atomics, all made by the `atomic_int!` macro.
pub const TYPES: &[(&str, &str)] = &[
    ("Cell", "core/src/cell.rs"),
    ("RefCell", "core/src/cell.rs"),
    ("Ref", "core/src/cell.rs"),
    ("RefMut", "core/src/cell.rs"),
    ("UnsafeCell", "core/src/cell.rs"),
    ("OnceCell", "core/src/cell/once.rs"),
    ("LazyCell", "core/src/cell/lazy.rs"),
    ("Mutex", "std/src/sync/poison/mutex.rs"),
    ("RwLock", "std/src/sync/poison/rwlock.rs"),
    ("Condvar", "std/src/sync/poison/condvar.rs"),
    ("OnceLock", "std/src/sync/once_lock.rs"),
    ("LazyLock", "std/src/sync/lazy_lock.rs"),
    ("AtomicUsize", "core/src/sync/atomic.rs"),
    ("AtomicBool", "core/src/sync/atomic.rs"),
    ("AtomicPtr", "core/src/sync/atomic.rs"),
    ("LocalKey", "std/src/thread/local.rs"),
];

/// One stable inherent method.
#[derive(Debug, Clone)]
pub struct Method {
    pub type_: String,
    pub name: String,
    /// `1.0`, `1.88`.
    pub since: String,
    /// `core/src/cell.rs:412`.
    pub at: String,
    /// As a table shows it: `fn get(&self) -> T` (no `pub`, `const` or
    /// `where` clause; a macro's `$int_type` made concrete).
    pub signature: String,
    /// Whether it takes `self` (called `.name(`) or not (`Type::name(`).
    pub receiver: bool,
}

/// What the source says of the methods of the [`TYPES`]: the ones a table
/// must have, and why each other public function is not one.
pub struct Catalog {
    pub methods: Vec<Method>,
    /// (type, name) of a public fn that is no table row, and why.
    pub not_rows: HashMap<(String, String), String>,
}

use crate::accuracy::apis::release;

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The declaration that starts at `line` (1-based) of `lines`, up to its
/// body or `;`, on one line.
fn declaration(lines: &[&str], line: usize) -> String {
    let mut text = String::new();
    for part in lines.iter().skip(line.saturating_sub(1)).take(40) {
        let part = part.split("//").next().unwrap_or_default();
        if let Some(brace) = part.find('{') {
            text.push_str(&part[..brace]);
            break;
        }
        text.push_str(part);
        text.push(' ');
        if part.trim_end().ends_with(';') {
            break;
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Skips the balanced `<...>` that `text` starts with (an arrow's `>` is
/// not a bracket), returning the rest.
fn skip_generics(text: &str) -> &str {
    if !text.starts_with('<') {
        return text;
    }
    let mut depth = 0;
    let mut previous = ' ';
    for (at, c) in text.char_indices() {
        match c {
            '<' => depth += 1,
            '>' if previous != '-' => {
                depth -= 1;
                if depth == 0 {
                    return &text[at + 1..];
                }
            }
            _ => {}
        }
        previous = c;
    }
    ""
}

/// `pub const unsafe fn name<G>(&self, ...) -> R where ...` as a table shows
/// it, and whether it takes `self`.
fn signature(declaration: &str, name: &str) -> Option<(String, bool)> {
    let fn_at = declaration.find(&format!("fn {name}"))?;
    let qualifiers = &declaration[..fn_at];
    let unsafe_ = qualifiers.split_whitespace().any(|word| word == "unsafe");
    let mut rest = declaration[fn_at..].trim_end_matches(';').trim();
    // Cut a `where` clause (outside brackets).
    let mut depth = 0i32;
    let mut previous = ' ';
    for (at, c) in rest.char_indices() {
        match c {
            '(' | '[' | '<' => depth += 1,
            ')' | ']' => depth -= 1,
            '>' if previous != '-' => depth -= 1,
            _ => {}
        }
        if depth == 0 && rest[at..].starts_with(" where ") {
            rest = &rest[..at];
            break;
        }
        previous = c;
    }
    let mut shown = rest
        .replace("[const] ", "")
        .replace("(mut ", "(")
        .replace(", mut ", ", ")
        .replace("( ", "(")
        .replace(", )", ")")
        .replace(" )", ")")
        .replace(",)", ")");
    if unsafe_ {
        shown = format!("unsafe {shown}");
    }
    let after_name = skip_generics(&rest[3 + name.len()..]);
    let parameters = after_name.strip_prefix('(')?;
    let first: String = {
        let mut depth = 0;
        parameters
            .chars()
            .take_while(|c| {
                match c {
                    '(' | '<' | '[' => depth += 1,
                    ')' | '>' | ']' => depth -= 1,
                    _ => {}
                }
                depth >= 0 && !(depth == 0 && *c == ',')
            })
            .collect()
    };
    let first = first.trim();
    let receiver = first.starts_with("self")
        || first.starts_with("mut self")
        || (first.starts_with('&')
            && first
                .trim_start_matches('&')
                .split_whitespace()
                .filter(|word| !word.starts_with('\'') && *word != "mut")
                .eq(["self"]));
    Some((shown, receiver))
}

/// The release that deprecated `item`, if it is deprecated on 1.95 (a
/// `#[deprecated(since = "1.99.0")]` is only planned: `fetch_update`).
fn deprecated_by(item: &Item) -> Option<String> {
    item.attributes
        .iter()
        .filter(|attribute| attribute.starts_with("deprecated"))
        .find_map(|attribute| {
            let since = attribute
                .split_once("since = \"")
                .and_then(|(_, rest)| rest.split('"').next())
                .unwrap_or("1.0.0");
            release(since)
                .is_some_and(|release| release <= PINNED)
                .then(|| since.to_string())
        })
}

/// Whether `item` is a member of an inherent impl of `type_`, directly or
/// through a macro parameter (`impl $atomic_type`, made for `AtomicUsize`).
fn belongs_to(index: &Index, item: &Item, type_: &str) -> bool {
    let Some(owner) = &item.owner else {
        return false;
    };
    if owner == type_ {
        return true;
    }
    owner.starts_with('$')
        && item.in_macro.as_ref().is_some_and(|macro_name| {
            index
                .macro_values(&item.file, macro_name, &owner[1..])
                .iter()
                .any(|value| value == type_)
        })
}

/// The integer an atomic holds (`AtomicUsize` holds `usize`).
fn atomic_integer(type_: &str) -> Option<String> {
    let rest = type_.strip_prefix("Atomic")?;
    let integer = rest.to_lowercase();
    matches!(integer.as_bytes().first(), Some(b'u' | b'i')).then_some(integer)
}

impl Catalog {
    /// Reads the files of [`TYPES`] from `library` (the nightly's
    /// `lib/rustlib/src/rust/library`).
    pub fn read(library: &Path) -> Catalog {
        let mut files: Vec<&str> = TYPES.iter().map(|(_, file)| *file).collect();
        files.dedup();
        let index = Index::read_files(library, &files);
        let texts: HashMap<&str, String> = files
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(library.join(file)).unwrap_or_default();
                (*file, text)
            })
            .collect();
        let mut methods: Vec<Method> = Vec::new();
        let mut not_rows = HashMap::new();
        for (type_, file) in TYPES {
            let lines: Vec<&str> = texts[file].lines().collect();
            for item in index.items.iter().filter(|item| item.file == *file) {
                if !belongs_to(&index, item, type_) {
                    continue;
                }
                let mut declared = declaration(&lines, item.line);
                if !declared.contains(&format!("fn {}", item.name)) {
                    continue; // a constant or a type, not a method
                }
                if let Some(integer) = atomic_integer(type_) {
                    declared = declared
                        .replace("$int_type", &integer)
                        .replace("$atomic_type", type_);
                }
                let key = (type_.to_string(), item.name.clone());
                let at = format!("{}:{}", item.file, item.line);
                if let Some(trait_) = &item.trait_ {
                    not_rows.entry(key).or_insert(format!(
                        "is a method of the trait `{trait_}` ({at}), not an inherent method"
                    ));
                    continue;
                }
                let stability = index.resolve(item, type_, false);
                let why_not = match stability.first() {
                    _ if deprecated_by(item).is_some() => Some(format!(
                        "is deprecated since {} ({at})",
                        deprecated_by(item).unwrap_or_default()
                    )),
                    Some(Stability::Unstable(issue)) => {
                        Some(format!("is unstable, tracking issue {issue} ({at})"))
                    }
                    Some(Stability::Stable(since)) => match release(since) {
                        Some(release) if release <= PINNED => None,
                        _ => Some(format!(
                            "is stable only since {since} ({at}), so unstable on 1.95"
                        )),
                    },
                    None => Some(format!("has no stability attribute ({at})")),
                };
                if let Some(why) = why_not {
                    not_rows.entry(key).or_insert(why);
                    continue;
                }
                if methods
                    .iter()
                    .any(|m| m.type_ == *type_ && m.name == item.name)
                {
                    // `LocalKey::set` of `LocalKey<Cell<T>>` and of
                    // `LocalKey<RefCell<T>>`: one row.
                    continue;
                }
                let Some((shown, receiver)) = signature(&declared, &item.name) else {
                    continue;
                };
                let Some(Stability::Stable(since)) = stability.first() else {
                    continue;
                };
                let (major, minor) = release(since).unwrap_or_default();
                not_rows.remove(&key);
                methods.push(Method {
                    type_: type_.to_string(),
                    name: item.name.clone(),
                    since: format!("{major}.{minor}"),
                    at,
                    signature: shown,
                    receiver,
                });
            }
        }
        Catalog { methods, not_rows }
    }

    /// Every method, per type, with its release: what `METHOD_LIST=1` prints.
    pub fn list(&self) -> String {
        let mut out = String::new();
        for (type_, file) in TYPES {
            let of_type: Vec<&Method> = self.methods.iter().filter(|m| m.type_ == *type_).collect();
            out.push_str(&format!("{type_} ({file}): {} methods\n", of_type.len()));
            for method in of_type {
                out.push_str(&format!(
                    "  {}::{}  stable {}  `{}`\n",
                    method.type_, method.name, method.since, method.signature
                ));
            }
        }
        out
    }
}

/// `source` without its `//` comments (a `//` inside a string stays).
fn without_comments(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        let mut in_string = false;
        let mut escaped = false;
        let mut end = line.len();
        for (at, c) in line.char_indices() {
            match c {
                '\\' if in_string => {
                    escaped = !escaped;
                    continue;
                }
                '"' if !escaped => in_string = !in_string,
                '/' if !in_string && line[at..].starts_with("//") => {
                    end = at;
                    break;
                }
                _ => {}
            }
            escaped = false;
        }
        out.push_str(&line[..end]);
        out.push('\n');
    }
    out
}

/// Whether a listing's `source` calls `method`: `Type::name` (also
/// `Type::<T>::name`, or the path passed as a function), or, for a method
/// that takes `self`, `.name(` or `.name::<`. Comments do not count.
pub fn calls(source: &str, method: &Method) -> bool {
    let code = without_comments(source);
    let boundary_after = |rest: &str| !rest.starts_with(is_ident);
    let path = code.match_indices(method.type_.as_str()).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        if before.is_some_and(is_ident) {
            return false; // `RefCell` is not `Cell`
        }
        let mut rest = &code[at + method.type_.len()..];
        if let Some(generics) = rest.strip_prefix("::")
            && generics.starts_with('<')
        {
            rest = skip_generics(generics); // `Type::<T>::name`
        }
        rest.strip_prefix("::")
            .and_then(|rest| rest.strip_prefix(method.name.as_str()))
            .is_some_and(boundary_after)
    });
    if path {
        return true;
    }
    method.receiver
        && code
            .match_indices(&format!(".{}", method.name))
            .any(|(at, found)| {
                let rest = &code[at + found.len()..];
                rest.starts_with('(') || rest.starts_with("::<")
            })
}

/// A table row: its file and 1-based line, and its cells.
#[derive(Debug, Clone)]
pub struct Row {
    pub file: String,
    pub line: usize,
    pub cells: Vec<String>,
}

/// The cells of a table line, split at each `|` that is not escaped.
fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = vec![String::new()];
    let mut previous = ' ';
    for c in inner.chars() {
        if c == '|' && previous != '\\' {
            cells.push(String::new());
        } else {
            cells.last_mut().unwrap().push(c);
        }
        previous = c;
    }
    cells
        .into_iter()
        .map(|cell| cell.trim().to_string())
        .collect()
}

fn is_separator(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|cell| !cell.is_empty() && cell.chars().all(|c| c == '-' || c == ':'))
}

/// The method tables of one Markdown file: each table's rows, and every
/// problem with the tables' shape.
pub fn tables(shown_file: &str, text: &str) -> (Vec<Vec<Row>>, Vec<String>) {
    let mut problems = Vec::new();
    let mut tables = Vec::new();
    let mut blocks: Vec<(usize, Vec<&str>, bool)> = Vec::new();
    let mut in_fence = false;
    let mut in_section = false;
    let mut section_line = 0;
    let mut section_tables = 0;
    let close_section = |in_section: &mut bool,
                         at: usize,
                         tables: usize,
                         problems: &mut Vec<String>| {
        if *in_section && tables == 0 {
            problems.push(format!(
                "{shown_file}:{at}: `{HEADING}` holds no table; add one per type, with the header `| {} |`",
                COLUMNS.join(" | ")
            ));
        }
        *in_section = false;
    };
    let mut previous_was_table = false;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            previous_was_table = false;
            continue;
        }
        if in_fence {
            continue;
        }
        if trimmed.starts_with("# ") || trimmed.starts_with("## ") {
            close_section(&mut in_section, section_line, section_tables, &mut problems);
            if trimmed == HEADING {
                in_section = true;
                section_line = index + 1;
                section_tables = 0;
            }
        }
        if trimmed.starts_with('|') {
            if previous_was_table {
                blocks.last_mut().unwrap().1.push(trimmed);
            } else {
                blocks.push((index + 1, vec![trimmed], in_section));
                if in_section {
                    section_tables += 1;
                }
            }
            previous_was_table = true;
        } else {
            previous_was_table = false;
        }
    }
    close_section(&mut in_section, section_line, section_tables, &mut problems);
    let wanted = format!("| {} |", COLUMNS.join(" | "));
    for (first_line, lines, in_section) in blocks {
        let header = cells(lines[0]);
        let is_method_table = header == COLUMNS;
        if !in_section {
            if is_method_table {
                problems.push(format!(
                    "{shown_file}:{first_line}: a method table outside `{HEADING}`; move it into that section"
                ));
            }
            continue;
        }
        if !is_method_table {
            problems.push(format!(
                "{shown_file}:{first_line}: a table under `{HEADING}` needs exactly the header `{wanted}`, not `{}`",
                lines[0]
            ));
            continue;
        }
        if !lines.get(1).is_some_and(|line| is_separator(&cells(line))) {
            problems.push(format!(
                "{shown_file}:{}: the header needs a separator line `|---|---|---|---|---|` below it",
                first_line + 1
            ));
            continue;
        }
        let rows = lines
            .iter()
            .enumerate()
            .skip(2)
            .map(|(at, line)| Row {
                file: shown_file.to_string(),
                line: first_line + at,
                cells: cells(line),
            })
            .collect();
        tables.push(rows);
    }
    (tables, problems)
}

/// `` `Type::method` `` as (type, method).
fn method_cell(cell: &str) -> Option<(&str, &str)> {
    let inner = cell.strip_prefix('`')?.strip_suffix('`')?;
    let (type_, name) = inner.split_once("::")?;
    let word = |text: &str| !text.is_empty() && text.chars().all(is_ident);
    (word(type_) && word(name) && type_.starts_with(|c: char| c.is_ascii_uppercase()))
        .then_some((type_, name))
}

/// The row a method needs, for a message.
fn skeleton(method: &Method, listing: Option<&str>) -> String {
    format!(
        "| `{}::{}` | `{}` | NEEDS | CAN FAIL | {{{{#listing {}}}}} |",
        method.type_,
        method.name,
        method.signature,
        listing.unwrap_or("NAME")
    )
}

/// Listings that call `method` and name its type: first those whose name
/// names the method, then those whose name names the type.
fn callers<'a>(method: &Method, sources: &'a [(String, String)]) -> Vec<&'a str> {
    let method_words = method.name.replace('_', "-");
    let type_word = method.type_.to_lowercase();
    let score = |name: &str| {
        let segments: Vec<&str> = name.split('-').collect();
        let names_method = name
            .split('-')
            .collect::<Vec<_>>()
            .windows(method_words.split('-').count())
            .any(|window| window.join("-") == method_words);
        (!names_method, !segments.contains(&type_word.as_str()))
    };
    let mut found: Vec<&str> = sources
        .iter()
        .filter(|(_, source)| {
            // A `LocalKey` is what `thread_local!` declares; a listing
            // seldom names the type.
            let declares_key = method.type_ == "LocalKey" && source.contains("thread_local!");
            let names_type = declares_key
                || source.match_indices(method.type_.as_str()).any(|(at, _)| {
                    !source[..at].chars().next_back().is_some_and(is_ident)
                        && !source[at + method.type_.len()..].starts_with(is_ident)
                });
            names_type && calls(source, method)
        })
        .map(|(name, _)| name.as_str())
        .collect();
    found.sort_by_key(|name| score(name));
    found
}

pub fn check(project: &Project, chapters: &[Chapter], listings: &[Listing]) -> Vec<String> {
    let library = match std_source::library_dir() {
        Ok(library) => library,
        Err(problem) => return vec![problem],
    };
    let catalog = Catalog::read(&library);
    if std::env::var_os("METHOD_LIST").is_some_and(|value| value == "1") {
        println!("{}", catalog.list());
    }
    check_against(project, chapters, listings, &catalog)
}

/// The problems of the book's tables against `catalog`.
pub fn check_against(
    project: &Project,
    chapters: &[Chapter],
    listings: &[Listing],
    catalog: &Catalog,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut sources: Vec<(String, String)> = listings
        .iter()
        .map(|listing| {
            let source = std::fs::read_to_string(&listing.source).unwrap_or_default();
            (listing.name.clone(), source)
        })
        .collect();
    sources.sort();
    let source_of = |name: &str| {
        sources
            .iter()
            .find(|(listing, _)| listing == name)
            .map(|(_, source)| source.as_str())
    };
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    for chapter in chapters {
        let shown_file = project.shown(&chapter.file);
        let (tables, shape) = tables(&shown_file, &chapter.text);
        problems.extend(shape);
        for rows in tables {
            let mut table_type: Option<String> = None;
            for row in rows {
                let at = format!("{}:{}", row.file, row.line);
                if row.cells.len() != COLUMNS.len() {
                    problems.push(format!(
                        "{at}: a row needs {} cells ({}), not {}",
                        COLUMNS.len(),
                        COLUMNS.join(", "),
                        row.cells.len()
                    ));
                    continue;
                }
                let Some((type_, name)) = method_cell(&row.cells[0]) else {
                    problems.push(format!(
                        "{at}: the Method cell must be a code span `Type::method`, not `{}`",
                        row.cells[0]
                    ));
                    continue;
                };
                match &table_type {
                    None => table_type = Some(type_.to_string()),
                    Some(first) if first != type_ => problems.push(format!(
                        "{at}: `{type_}::{name}` in the table of `{first}`; give each type a table of its own"
                    )),
                    Some(_) => {}
                }
                if !TYPES.iter().any(|(known, _)| *known == type_) {
                    let known: Vec<&str> = TYPES.iter().map(|(known, _)| *known).collect();
                    problems.push(format!(
                        "{at}: `{type_}` is not a type the method tables cover ({}); to add one, add it to TYPES in tests/harness/method_tables.rs",
                        known.join(", ")
                    ));
                    continue;
                }
                let key = (type_.to_string(), name.to_string());
                if let Some(first) = seen.get(&key) {
                    problems.push(format!(
                        "{at}: `{type_}::{name}` has a row already, at {first}; keep one"
                    ));
                    continue;
                }
                seen.insert(key.clone(), at.clone());
                let Some(method) = catalog
                    .methods
                    .iter()
                    .find(|m| m.type_ == type_ && m.name == name)
                else {
                    let why = catalog.not_rows.get(&key).cloned().unwrap_or_else(|| {
                        let file = TYPES.iter().find(|(t, _)| *t == type_).map(|(_, f)| *f);
                        format!(
                            "is no public method of an impl of `{type_}` in {}",
                            file.unwrap_or_default()
                        )
                    });
                    problems.push(format!(
                        "{at}: `{type_}::{name}` {why}: a table lists only the stable inherent methods of 1.95; remove the row"
                    ));
                    continue;
                };
                let signature = &row.cells[1];
                let declares = signature
                    .strip_prefix('`')
                    .and_then(|s| s.strip_suffix('`'))
                    .is_some_and(|s| {
                        s.match_indices(&format!("fn {name}"))
                            .any(|(i, found)| !s[i + found.len()..].starts_with(is_ident))
                    });
                if !declares {
                    problems.push(format!(
                        "{at}: the Signature cell must be a code span declaring `fn {name}`, such as `{}` (from {})",
                        method.signature, method.at
                    ));
                }
                if row.cells[2].is_empty() {
                    problems.push(format!(
                        "{at}: the Needs cell of `{type_}::{name}` is empty (write the bounds, or `nothing`)"
                    ));
                }
                let can_fail = &row.cells[3];
                if !CAN_FAIL.iter().any(|form| can_fail.starts_with(form)) {
                    problems.push(format!(
                        "{at}: the Can fail cell must start with `never`, `panics (when ...)`, `blocks (until ...)`, `Err (when ...)` or `None (when ...)`, not `{can_fail}`"
                    ));
                }
                let references = markdown::listing_references(&row.cells[4]);
                if references.is_empty() {
                    let found = callers(method, &sources);
                    problems.push(format!(
                        "{at}: the Shown in cell needs `{{{{#listing NAME}}}}` of a listing that calls `{type_}::{name}`{}",
                        suggested(&found)
                    ));
                }
                for reference in references {
                    let listing = reference.name.split(':').next().unwrap_or_default();
                    match source_of(listing) {
                        None => problems.push(format!(
                            "{at}: `{{{{#listing {}}}}}` names no listing",
                            reference.name
                        )),
                        Some(source) if !calls(source, method) => {
                            let how = if method.receiver {
                                format!("`.{name}(` or `{type_}::{name}(`")
                            } else {
                                format!("`{type_}::{name}(`")
                            };
                            let found = callers(method, &sources);
                            problems.push(format!(
                                "{at}: listing `{listing}` does not call `{type_}::{name}` (no {how} in its code){}",
                                suggested(&found)
                            ));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
    for method in &catalog.methods {
        let key = (method.type_.clone(), method.name.clone());
        if seen.contains_key(&key) {
            continue;
        }
        let found = callers(method, &sources);
        let callers = if found.is_empty() {
            "no listing calls it yet (add one, such as a tour of the type)".to_string()
        } else {
            suggested(&found)
                .trim()
                .trim_matches(['(', ')'])
                .to_string()
        };
        problems.push(format!(
            "`{}::{}` (stable {}, {}) has no row; {callers}; add to the `{}` table under `{HEADING}`: {}",
            method.type_,
            method.name,
            method.since,
            method.at,
            method.type_,
            skeleton(method, found.first().copied()),
        ));
    }
    problems
}

fn suggested(found: &[&str]) -> String {
    match found {
        [] => String::new(),
        _ => {
            let shown: Vec<&str> = found.iter().take(3).copied().collect();
            let more = if found.len() > 3 { ", ..." } else { "" };
            format!(" (listings that call it: {}{more})", shown.join(", "))
        }
    }
}
