//! The stability attributes of the std source, read once from the installed
//! nightly's rust-src (`library/core`, `alloc` and `std`). A light reading,
//! not a parser: comments are skipped, braces in strings ignored, and each
//! `pub` item is recorded with the impl, trait or `macro_rules!` it sits in
//! and the attributes right above it (`#[stable(feature, since)]`,
//! `#[unstable(feature, issue)]`, `#[rustc_const_stable(...)]`, or a macro
//! parameter such as `#[$stable]`, resolved from the macro's invocations).

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One item: `owner` is the impl's self type or the trait (`None` for a free
/// item); `name` gets a `!` for a macro.
#[derive(Debug, Clone)]
pub struct Item {
    pub file: String,
    pub line: usize,
    pub owner: Option<String>,
    pub name: String,
    pub attributes: Vec<String>,
    /// The `macro_rules!` whose body defines it, if any.
    pub in_macro: Option<String>,
    /// The trait of the impl it sits in (`None` in an inherent impl).
    pub trait_: Option<String>,
}

/// A stability attribute, read.
#[derive(Debug, Clone, PartialEq)]
pub enum Stability {
    Stable(String),
    Unstable(String),
}

pub struct Index {
    pub items: Vec<Item>,
    /// Each file's cleaned text (comments blanked), for macro invocations.
    files: Vec<(String, String)>,
    /// [`Index::macro_values`] by (file, macro, parameter): each is asked
    /// again for every name looked up.
    values: RefCell<HashMap<(String, String, String), Vec<String>>>,
}

/// Where the pinned nightly (`nightly-toolchain.toml`, or `BOOK_NIGHTLY` for
/// the drift report) keeps the std source: the std the book is checked
/// against is the one Miri runs, not whatever `nightly` means on this machine.
pub fn library_dir() -> Result<PathBuf, String> {
    let channel = crate::nightly::Pin::in_use()?.channel;
    let output = crate::nightly::toolchain_command("rustc", &channel)
        .args(["--print", "sysroot"])
        .output()
        .map_err(|error| format!("cannot run `rustc +{channel}`: {error}"))?;
    let sysroot = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let library = Path::new(&sysroot).join("lib/rustlib/src/rust/library");
    if !library.join("core/src/lib.rs").exists() {
        return Err(format!(
            "no std source for {channel} in {}: `rustup component add --toolchain {channel} rust-src`",
            library.display()
        ));
    }
    Ok(library)
}

/// `text` with comments blanked and every brace inside a string or a char
/// literal made `~`, so that counting braces follows the code. Byte by byte:
/// everything it looks for is ASCII, and it only ever replaces ASCII bytes.
fn clean(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let masked = |b: u8| if b == b'{' || b == b'}' { b'~' } else { b };
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == b'/' && next == Some(b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'/' && next == Some(b'*') {
            let mut depth = 0;
            while i < bytes.len() {
                if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if bytes[i] == b'\n' {
                        out.push(b'\n');
                    }
                    i += 1;
                }
            }
            continue;
        }
        let after_ident = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if c == b'r' && matches!(next, Some(b'#' | b'"')) && !after_ident {
            let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
            if bytes.get(i + 1 + hashes) == Some(&b'"') {
                let mut closing = vec![b'"'];
                closing.extend(std::iter::repeat_n(b'#', hashes));
                out.extend_from_slice(b"r\"");
                i += 2 + hashes;
                while i < bytes.len() && !bytes[i..].starts_with(&closing) {
                    out.push(masked(bytes[i]));
                    i += 1;
                }
                out.push(b'"');
                i += closing.len();
                continue;
            }
        }
        if c == b'"' {
            out.push(b'"');
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                if bytes[i] == b'\\' {
                    out.push(b'\\');
                    i += 1;
                }
                if let Some(&escaped) = bytes.get(i) {
                    out.push(masked(escaped));
                }
                i += 1;
            }
            out.push(b'"');
            i += 1;
            continue;
        }
        if c == b'\'' {
            // A char literal ('x', '\n', '\u{7f}'), or a lifetime ('a).
            let end = if next == Some(b'\\') {
                bytes[i + 2..]
                    .iter()
                    .position(|b| *b == b'\'')
                    .map(|p| i + 2 + p)
            } else if bytes.get(i + 2) == Some(&b'\'') {
                Some(i + 2)
            } else {
                None
            };
            if let Some(end) = end {
                out.extend_from_slice(b"'~'");
                i = end + 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    // Only ASCII bytes were replaced or dropped, and comments whole.
    String::from_utf8_lossy(&out).into_owned()
}

/// The last path segment of a type, without references, generics or `dyn`.
fn type_name(text: &str) -> String {
    let text = text.trim();
    if text.starts_with('[') {
        return "slice".into(); // `impl<T> [T]`: the API is `slice::method`
    }
    let text = text.split_once(" where").map_or(text, |(head, _)| head);
    let mut depth = 0;
    let mut head = String::new();
    for c in text.chars() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            _ if depth == 0 => head.push(c),
            _ => {}
        }
    }
    let head = head.replace(['&', '*'], " ");
    let word = head
        .split_whitespace()
        .rfind(|word| !matches!(*word, "mut" | "const" | "dyn") && !word.starts_with('\''))
        .unwrap_or_default();
    word.rsplit("::").next().unwrap_or_default().to_string()
}

/// `impl<G> Trait for Type<G> where ...` as (self type, trait).
fn impl_header(header: &str) -> (String, Option<String>) {
    let mut rest = header.trim();
    rest = rest.strip_prefix("unsafe ").unwrap_or(rest);
    rest = rest.strip_prefix("const ").unwrap_or(rest);
    rest = rest.strip_prefix("impl").unwrap_or(rest).trim_start();
    if rest.starts_with('<') {
        let mut depth = 0;
        let mut end = 0;
        let mut previous = ' ';
        for (at, c) in rest.char_indices() {
            match c {
                '<' => depth += 1,
                // The `>` of an arrow (`F: FnOnce() -> T`) closes nothing.
                '>' if previous != '-' => depth -= 1,
                _ => {}
            }
            previous = c;
            if depth == 0 {
                end = at + 1;
                break;
            }
        }
        rest = &rest[end..];
    }
    let rest = rest.split_once(" where ").map_or(rest, |(head, _)| head);
    match split_for(rest) {
        Some((trait_, self_type)) => (type_name(self_type), Some(type_name(trait_))),
        None => (type_name(rest), None),
    }
}

/// Splits `Trait<X> for Type` at the ` for ` outside angle brackets.
fn split_for(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    for (at, c) in text.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ' ' if depth == 0 && text[at..].starts_with(" for ") => {
                return Some((&text[..at], &text[at + 5..]));
            }
            _ => {}
        }
    }
    None
}

/// The name a `pub` (or trait) item line declares: `pub const unsafe fn x`,
/// `pub struct X`, `pub mod x`, `pub const MAX: ...`.
fn declared(line: &str, in_trait: bool) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    let first = *words.peek()?;
    let public = first == "pub" || first.starts_with("pub(");
    if public {
        if first.starts_with("pub(") {
            return None; // pub(crate) and kin: not API
        }
        words.next();
    } else if !in_trait {
        return None;
    }
    let mut keyword = words.next()?;
    while matches!(
        keyword,
        "const" | "unsafe" | "async" | "extern" | "default" | "\"C\"" | "safe" | "auto"
    ) {
        let next = words.next()?;
        let qualifies = matches!(next, "fn" | "unsafe" | "extern" | "trait" | "auto");
        if keyword == "const" && !qualifies {
            // `pub const NAME: T`
            return Some(ident_prefix(next));
        }
        keyword = next;
    }
    match keyword {
        "fn" | "struct" | "enum" | "union" | "trait" | "type" | "mod" | "static" => {
            let name = ident_prefix(words.next()?);
            (!name.is_empty()).then_some(name)
        }
        _ => None,
    }
}

fn ident_prefix(word: &str) -> String {
    word.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect()
}

enum Context {
    Impl {
        self_type: String,
        trait_: Option<String>,
        attributes: Vec<String>,
    },
    Trait(String),
    Macro(String),
    Other,
}

fn read_file(file: &str, text: &str, items: &mut Vec<Item>) {
    let mut depth: i64 = 0;
    let mut stack: Vec<(i64, Context)> = Vec::new();
    let mut attributes: Vec<String> = Vec::new();
    let mut attribute: Option<(String, i64)> = None;
    let mut header: Option<String> = None;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        let opens = line.matches('{').count() as i64;
        let closes = line.matches('}').count() as i64;
        // A module's own stability, `#![stable(...)]` at the top of its file.
        if trimmed.starts_with("#![") && stack.is_empty() {
            let inner = trimmed.trim_start_matches("#![").trim_end_matches(']');
            if stability(inner).is_some() {
                let path = Path::new(file);
                let stem = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default();
                let name = if stem == "mod" || stem == "lib" {
                    path.parent()
                        .and_then(|p| p.file_name())
                        .and_then(|s| s.to_str())
                } else {
                    Some(stem)
                };
                items.push(Item {
                    file: file.to_string(),
                    line: index + 1,
                    owner: None,
                    name: name.unwrap_or_default().to_string(),
                    attributes: vec![inner.to_string()],
                    in_macro: None,
                    trait_: None,
                });
            }
            continue;
        }
        // Attributes, maybe over several lines.
        if let Some((mut text, mut open)) = attribute
            .take()
            .or_else(|| trimmed.starts_with("#[").then(|| (String::new(), 0)))
        {
            text.push_str(trimmed);
            text.push(' ');
            open += trimmed.matches('[').count() as i64 - trimmed.matches(']').count() as i64;
            if open > 0 {
                attribute = Some((text, open));
            } else {
                let inner = text.trim().trim_start_matches("#[").trim_end_matches(']');
                attributes.push(inner.trim().to_string());
            }
            depth += opens - closes;
            continue;
        }
        // A trait's items, and a trait impl's, need no `pub`.
        let in_trait = matches!(
            stack.last(),
            Some((
                _,
                Context::Trait(_)
                    | Context::Impl {
                        trait_: Some(_),
                        ..
                    }
            ))
        );
        let owner = stack.iter().rev().find_map(|(_, context)| match context {
            Context::Impl { self_type, .. } => Some(self_type.clone()),
            Context::Trait(name) => Some(name.clone()),
            _ => None,
        });
        let in_macro = stack.iter().rev().find_map(|(_, context)| match context {
            Context::Macro(name) => Some(name.clone()),
            _ => None,
        });
        // An impl header, maybe over several lines, up to its `{`.
        let starts_impl = trimmed.starts_with("impl") && trimmed[4..].starts_with([' ', '<'])
            || trimmed.starts_with("unsafe impl")
            || trimmed.starts_with("const impl");
        if header.is_some() || starts_impl {
            let mut text = header.take().unwrap_or_default();
            text.push_str(trimmed);
            text.push(' ');
            if let Some(brace) = text.find('{') {
                let (self_type, trait_) = impl_header(&text[..brace]);
                stack.push((
                    depth,
                    Context::Impl {
                        self_type,
                        trait_,
                        attributes: std::mem::take(&mut attributes),
                    },
                ));
            } else if !text.contains(';') {
                header = Some(text);
            }
            depth += opens - closes;
            stack.retain(|(open, _)| *open < depth);
            continue;
        }
        if let Some(name) = trimmed.strip_prefix("macro_rules!") {
            let name = ident_prefix(name.trim());
            items.push(Item {
                file: file.to_string(),
                line: index + 1,
                owner: None,
                name: format!("{name}!"),
                attributes: std::mem::take(&mut attributes),
                in_macro: in_macro.clone(),
                trait_: None,
            });
            if opens > closes {
                stack.push((depth, Context::Macro(name)));
            }
        } else if let Some(name) = declared(trimmed, in_trait) {
            let is_trait = trimmed.split_whitespace().any(|word| word == "trait");
            let mut own = std::mem::take(&mut attributes);
            let in_impl = matches!(stack.last(), Some((_, Context::Impl { .. })));
            if let Some((
                _,
                Context::Impl {
                    trait_: Some(_),
                    attributes: of_impl,
                    ..
                },
            )) = stack.last()
                && !own.iter().any(|a| stability(a).is_some())
            {
                own.extend(of_impl.iter().cloned());
            }
            items.push(Item {
                file: file.to_string(),
                line: index + 1,
                owner: if is_trait || !(in_impl || in_trait) {
                    None
                } else {
                    owner
                },
                name: name.clone(),
                attributes: own,
                in_macro: in_macro.clone(),
                trait_: match stack.last() {
                    Some((_, Context::Impl { trait_, .. })) => trait_.clone(),
                    _ => None,
                },
            });
            if is_trait && opens > closes {
                stack.push((depth, Context::Trait(name)));
            } else if opens > closes {
                stack.push((depth, Context::Other));
            }
        } else if !trimmed.is_empty() {
            attributes.clear();
            if opens > closes {
                stack.push((depth, Context::Other));
            }
        }
        depth += opens - closes;
        stack.retain(|(open, _)| *open < depth);
    }
}

/// Reads one stability attribute's text (`stable(feature = "x", since = "1.0.0")`).
pub fn stability(attribute: &str) -> Option<Stability> {
    let value = |key: &str| {
        let at = attribute.find(&format!("{key} = \""))? + key.len() + 4;
        attribute[at..].split('"').next().map(String::from)
    };
    if attribute.starts_with("stable(") {
        value("since").map(Stability::Stable)
    } else if attribute.starts_with("unstable(") {
        Some(Stability::Unstable(
            value("issue").unwrap_or_else(|| "none".into()),
        ))
    } else {
        None
    }
}

/// The `since` of a `rustc_const_stable` attribute.
pub fn const_stability(attribute: &str) -> Option<Stability> {
    let rest = attribute
        .strip_prefix("rustc_const_")
        .filter(|rest| rest.starts_with("stable(") || rest.starts_with("unstable("))?;
    stability(rest)
}

impl Index {
    /// Reads `library/{core,alloc,std}/src`.
    pub fn read(library: &Path) -> Index {
        let mut paths = Vec::new();
        for krate in ["core", "alloc", "std"] {
            let mut of_crate = Vec::new();
            collect_rs(&library.join(krate).join("src"), &mut of_crate);
            of_crate.sort();
            paths.extend(of_crate);
        }
        Index::read_paths(library, &paths)
    }

    /// Reads only `files` (paths below `library/`, `core/src/cell.rs`).
    pub fn read_files(library: &Path, files: &[&str]) -> Index {
        let paths: Vec<PathBuf> = files.iter().map(|file| library.join(file)).collect();
        Index::read_paths(library, &paths)
    }

    fn read_paths(library: &Path, paths: &[PathBuf]) -> Index {
        let mut items = Vec::new();
        let mut files = Vec::new();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let shown = path
                .strip_prefix(library)
                .unwrap_or(path)
                .display()
                .to_string();
            let cleaned = clean(&text);
            read_file(&shown, &cleaned, &mut items);
            files.push((shown, cleaned));
        }
        Index {
            items,
            files,
            values: RefCell::default(),
        }
    }

    /// The stability of `item`, resolving a macro parameter (`#[$stable]`)
    /// from the invocation of its macro that names `concrete` (`AtomicU64`).
    pub fn resolve(&self, item: &Item, concrete: &str, constness: bool) -> Vec<Stability> {
        let read = |attribute: &str| {
            if constness {
                const_stability(attribute)
            } else {
                stability(attribute)
            }
        };
        let mut found = Vec::new();
        for attribute in &item.attributes {
            if let Some(stability) = read(attribute) {
                found.push(stability);
            } else if let Some(parameter) = attribute.strip_prefix('$')
                && let Some(macro_name) = &item.in_macro
            {
                found.extend(
                    self.macro_argument(&item.file, macro_name, parameter, concrete)
                        .and_then(|argument| read(&argument)),
                );
            }
        }
        found
    }

    /// Every argument bound to `$parameter` in the invocations of
    /// `macro_name!` in `file` (the types `atomic_int!` makes, say).
    pub fn macro_values(&self, file: &str, macro_name: &str, parameter: &str) -> Vec<String> {
        let key = (
            file.to_string(),
            macro_name.to_string(),
            parameter.to_string(),
        );
        if let Some(values) = self.values.borrow().get(&key) {
            return values.clone();
        }
        let values = self.read_macro_values(file, macro_name, parameter);
        self.values.borrow_mut().insert(key, values.clone());
        values
    }

    fn read_macro_values(&self, file: &str, macro_name: &str, parameter: &str) -> Vec<String> {
        let Some(text) = self
            .files
            .iter()
            .find(|(name, _)| name == file)
            .map(|(_, t)| t)
        else {
            return Vec::new();
        };
        let Some(position) = self.parameter_position(text, macro_name, parameter) else {
            return Vec::new();
        };
        let invocation = format!("{macro_name}! {{");
        let mut values = Vec::new();
        for (at, _) in text.match_indices(&invocation) {
            if let Some(body) = balanced(&text[at + invocation.len() - 1..])
                && let Some(arg) = top_level_args(&body).get(position)
            {
                // `u64 AtomicU64` binds `$int_type:ident $atomic_type:ident`:
                // take the word at the parameter's place in its argument.
                values.extend(arg.split_whitespace().map(String::from));
            }
        }
        values
    }

    fn parameter_position(&self, text: &str, macro_name: &str, parameter: &str) -> Option<usize> {
        let definition = text.find(&format!("macro_rules! {macro_name}"))?;
        let pattern_start = definition + text[definition..].find('(')?;
        let pattern = balanced(&text[pattern_start..])?;
        top_level_args(&pattern)
            .iter()
            .position(|arg| arg.contains(&format!("${parameter}:")))
    }

    /// The argument bound to `$parameter` in the invocation of `macro_name!`
    /// (in `file`) whose arguments name `concrete`, matched by position.
    fn macro_argument(
        &self,
        file: &str,
        macro_name: &str,
        parameter: &str,
        concrete: &str,
    ) -> Option<String> {
        let text = &self.files.iter().find(|(name, _)| name == file)?.1;
        let position = self.parameter_position(text, macro_name, parameter)?;
        let invocation = format!("{macro_name}! {{");
        let mut from = 0;
        while let Some(at) = text[from..].find(&invocation).map(|at| from + at) {
            let body = balanced(&text[at + invocation.len() - 1..])?;
            let args = top_level_args(&body);
            let names_it = args.iter().any(|arg| {
                arg.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|word| word == concrete)
            });
            if names_it {
                return args.get(position).map(|arg| arg.trim().to_string());
            }
            from = at + invocation.len();
        }
        None
    }
}

/// The inside of the bracketed group `text` starts with.
fn balanced(text: &str) -> Option<String> {
    let mut depth = 0;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '{' | '[' => depth += 1,
            ')' | '}' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(text[1..at].to_string());
                }
            }
            _ => {}
        }
    }
    None
}

fn top_level_args(text: &str) -> Vec<String> {
    let mut args = vec![String::new()];
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '(' | '{' | '[' => depth += 1,
            ')' | '}' | ']' => depth -= 1,
            ',' if depth == 0 => {
                args.push(String::new());
                continue;
            }
            _ => {}
        }
        args.last_mut().unwrap().push(c);
    }
    args
}

fn collect_rs(dir: &Path, paths: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            // Tests and benches define no API; `std/src/sys` is the platform
            // layer under the public modules, which carry the attributes.
            let skip = path.ends_with("tests")
                || path.ends_with("benches")
                || path.ends_with("std/src/sys");
            if !skip {
                collect_rs(&path, paths);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            paths.push(path);
        }
    }
}
