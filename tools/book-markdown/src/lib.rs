//! The few pieces of Markdown the book's tools must read alike: code
//! fences, mdBook's include directives and anchors, mdBook's expansion of
//! those directives, captions and `{{#listing NAME}}` references.
//!
//! One crate, no dependencies: the test harness (`tests/harness`) checks the
//! chapters with it, `build.rs` expands them for rustdoc with it, and the
//! preprocessor (`tools/mdbook-listings`) numbers captions with it. The cases
//! it must get right are in `tests.rs`.
//!
//! Why not `pulldown-cmark`, the parser mdBook renders with: it would add
//! about 2 s to a cold build (pulldown-cmark 0.9.6 and its three
//! dependencies, measured on the 2-core machine, compiled twice: once for
//! `build.rs`, once for the harness), and it would not see what the reader
//! sees either: to CommonMark an `admonish` block is a code block, while
//! mdbook-admonish renders its body as Markdown. The two places where a line
//! scanner and CommonMark part ways that matter here, fences in blockquotes
//! and in callouts, are handled and tested; fences in list items already
//! are (an indented fence is a fence).

#[cfg(test)]
mod tests;

use std::path::Path;

/// A fenced code block: its opening line (1-based), info string and body lines.
#[derive(Debug, Clone)]
pub struct Fence {
    pub line: usize,
    pub info: String,
    pub body: Vec<String>,
}

impl Fence {
    /// The words of the info string (`rust,compile_fail,E0502` gives three).
    pub fn tokens(&self) -> Vec<&str> {
        self.info
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// A block rustdoc treats as Rust: no info string, or one whose words are
    /// all rustdoc's own (`rust`, `should_panic`, `edition2021`, ...).
    pub fn is_rust(&self) -> bool {
        let tokens = self.tokens();
        tokens.first().is_none_or(|first| *first == "rust")
    }
}

/// Every fenced code block the reader sees in `text`, in order: top-level
/// ones, ones inside a blockquote (`> ```rust`), and ones inside an
/// `admonish` block, whose body mdbook-admonish renders as Markdown. A fence
/// inside any other fence is text, as CommonMark says.
pub fn fences(text: &str) -> Vec<Fence> {
    let mut found = Vec::new();
    // The opening marker, the opening line's blockquote depth, the fence.
    let mut open: Option<(String, usize, Fence)> = None;
    for (index, line) in text.lines().enumerate() {
        let (depth, unquoted) = unquote(line, usize::MAX);
        let trimmed = unquoted.trim_start();
        let marker: String = trimmed
            .chars()
            .take_while(|c| *c == '`' || *c == '~')
            .collect();
        let is_marker =
            marker.len() >= 3 && marker.chars().all(|c| c == marker.as_bytes()[0] as char);
        match &mut open {
            Some((opener, opened_at, fence)) => {
                if is_marker
                    && depth == *opened_at
                    && marker.starts_with(opener.as_str())
                    && trimmed[marker.len()..].trim().is_empty()
                {
                    found.push(open.take().unwrap().2);
                } else {
                    let body = unquote(line, *opened_at).1;
                    fence.body.push(body.to_string());
                }
            }
            // CommonMark: a backtick fence's info string holds no backtick.
            None if is_marker
                && !(marker.starts_with('`') && trimmed[marker.len()..].contains('`')) =>
            {
                let info = trimmed[marker.len()..].trim().to_string();
                open = Some((
                    marker,
                    depth,
                    Fence {
                        line: index + 1,
                        info,
                        body: Vec::new(),
                    },
                ));
            }
            None => {}
        }
    }
    if let Some((_, _, fence)) = open {
        found.push(fence);
    }
    let mut all = Vec::with_capacity(found.len());
    for fence in found {
        let nested = if fence.tokens().first() == Some(&"admonish") {
            fences(&fence.body.join("\n"))
        } else {
            Vec::new()
        };
        let line = fence.line;
        all.push(fence);
        all.extend(nested.into_iter().map(|mut inner| {
            inner.line += line;
            inner
        }));
    }
    all
}

/// `line` without up to `most` blockquote markers (`>`, each with one
/// optional space after it), and how many it had.
fn unquote(line: &str, most: usize) -> (usize, &str) {
    let mut rest = line;
    let mut depth = 0;
    while depth < most {
        let Some(after) = rest.trim_start().strip_prefix('>') else {
            break;
        };
        rest = after.strip_prefix(' ').unwrap_or(after);
        depth += 1;
    }
    (depth, rest)
}

/// An mdBook include directive: `{{#include PATH}}`, `{{#include PATH:ANCHOR}}`
/// or `{{#rustdoc_include PATH:ANCHOR}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Include {
    pub line: usize,
    pub directive: String,
    pub rustdoc: bool,
    pub path: String,
    /// Whatever follows the first `:`; an anchor name, or a line range.
    pub selector: Option<String>,
}

/// What follows the path of an include: mdBook reads a number (or nothing)
/// before or after a `:` as a line range, anything else as an anchor name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// The whole file.
    All,
    /// The lines between `// ANCHOR: NAME` and `// ANCHOR_END: NAME`.
    Anchor(String),
    /// 0-based lines `start..end` (`end` exclusive, `None` to the end):
    /// `:2` is line 2 alone, `:2:` from line 2, `::10` up to line 10,
    /// `:2:10` lines 2 to 10, counting from 1 as editors do.
    Lines { start: usize, end: Option<usize> },
}

impl Selector {
    /// mdBook's reading of the text after the first `:` of an include.
    pub fn parse(selector: Option<&str>) -> Selector {
        let Some(selector) = selector else {
            return Selector::All;
        };
        let mut parts = selector.splitn(3, ':');
        let first = parts.next().unwrap_or_default();
        let start = match first.parse::<usize>() {
            Ok(line) => Some(line.saturating_sub(1)),
            Err(_) if first.is_empty() => None,
            Err(_) => return Selector::Anchor(first.to_string()),
        };
        let end = parts.next().map(str::parse::<usize>);
        match (start, end) {
            (Some(start), Some(Ok(end))) => Selector::Lines {
                start,
                end: Some(end),
            },
            (Some(start), Some(Err(_))) => Selector::Lines { start, end: None },
            (Some(start), None) => Selector::Lines {
                start,
                end: Some(start + 1),
            },
            (None, Some(Ok(end))) => Selector::Lines {
                start: 0,
                end: Some(end),
            },
            (None, _) => Selector::All,
        }
    }
}

impl Include {
    /// How mdBook reads [`Include::selector`].
    pub fn selects(&self) -> Selector {
        Selector::parse(self.selector.as_deref())
    }
}

/// Every include directive in `text`, in order (inside fences or not). Like
/// mdBook, it allows spaces inside the braces (`{{ #include PATH }}`) and
/// skips an escaped directive (`\{{#include PATH}}`), which mdBook prints as
/// it is.
pub fn includes(text: &str) -> Vec<Include> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut from = 0;
        while let Some(start) = line[from..].find("{{").map(|at| from + at) {
            let after = &line[start + 2..];
            let Some(end) = after.find("}}") else { break };
            from = start + 2 + end + 2;
            let escaped = line[..start].ends_with('\\');
            let Some(inner) = after[..end].trim_start().strip_prefix('#') else {
                continue;
            };
            let inner = inner.trim();
            let (name, argument) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
            if escaped || !(name == "include" || name == "rustdoc_include") {
                continue;
            }
            let argument = argument.trim();
            let (path, selector) = match argument.split_once(':') {
                Some((path, selector)) => (path, Some(selector.to_string())),
                None => (argument, None),
            };
            found.push(Include {
                line: index + 1,
                directive: line[start..from].to_string(),
                rustdoc: name == "rustdoc_include",
                path: path.to_string(),
                selector,
            });
        }
    }
    found
}

fn anchor_marker<'a>(line: &'a str, keyword: &str) -> Option<&'a str> {
    let at = line.find(keyword)?;
    let name = line[at + keyword.len()..].trim_start();
    let end = name
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(name.len());
    (end > 0).then(|| &name[..end])
}

fn is_anchor_line(line: &str) -> bool {
    anchor_marker(line, "ANCHOR:").is_some() || anchor_marker(line, "ANCHOR_END:").is_some()
}

/// Where `anchor` sits in a listing: `(inside, line)` for every line that is
/// not itself an anchor marker, as mdBook's rustdoc_include sees it.
/// `None` when the anchor has no start marker, or a start with no end after
/// it (mdBook would read on to the end of the file).
pub fn anchored(file: &str, anchor: &str) -> Option<Vec<(bool, String)>> {
    let mut lines = Vec::new();
    let (mut inside, mut started, mut ended) = (false, false, false);
    for line in file.lines() {
        if anchor_marker(line, "ANCHOR:") == Some(anchor) {
            inside = true;
            started = true;
            ended = false;
        } else if anchor_marker(line, "ANCHOR_END:") == Some(anchor) {
            inside = false;
            ended = started;
        } else if !is_anchor_line(line) {
            lines.push((inside, line.to_string()));
        }
    }
    (started && ended).then_some(lines)
}

/// The text mdBook puts in place of `include`, read relative to `dir`.
/// `{{#include}}` keeps only the selected lines; `{{#rustdoc_include}}`
/// keeps every line and hides the unselected ones from the reader (`# `).
/// Anchor marker lines are dropped either way. Stricter than mdBook, which
/// prints an empty block for an anchor it cannot find and reads to the end
/// of the file when an anchor has no end: both are errors here.
pub fn expand_one(include: &Include, dir: &Path) -> Result<String, String> {
    let path = dir.join(&include.path);
    let file = std::fs::read_to_string(&path).map_err(|error| {
        format!(
            "{}: cannot read {}: {error}",
            include.directive,
            path.display()
        )
    })?;
    expand_text(include, &file)
}

/// [`expand_one`] on the text of the included file.
pub fn expand_text(include: &Include, file: &str) -> Result<String, String> {
    let lines: Vec<(bool, String)> = match include.selects() {
        Selector::All => return Ok(file.lines().collect::<Vec<_>>().join("\n")),
        Selector::Lines { start, end } => file
            .lines()
            .enumerate()
            .map(|(at, line)| {
                (
                    at >= start && end.is_none_or(|end| at < end),
                    line.to_string(),
                )
            })
            .collect(),
        Selector::Anchor(anchor) => {
            let mut lines = anchored(file, &anchor).ok_or_else(|| {
                format!(
                    "{}: no anchor `{anchor}` in {}",
                    include.directive, include.path
                )
            })?;
            if !include.rustdoc {
                // mdBook's `{{#include}}` shows the first section only.
                let first = lines.iter().position(|(inside, _)| *inside);
                if let Some(first) = first
                    && let Some(after) = lines[first..].iter().position(|(inside, _)| !inside)
                {
                    lines[first + after..]
                        .iter_mut()
                        .for_each(|line| line.0 = false);
                }
            }
            lines
        }
    };
    let shown: Vec<String> = if include.rustdoc {
        lines
            .into_iter()
            .map(|(inside, line)| if inside { line } else { format!("# {line}") })
            .collect()
    } else {
        lines
            .into_iter()
            .filter(|(inside, _)| *inside)
            .map(|(_, line)| line)
            .collect()
    };
    Ok(shown.join("\n"))
}

/// `text` with every include directive replaced as mdBook replaces it.
pub fn expand(text: &str, dir: &Path) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut all = includes(text).into_iter().peekable();
    for (index, line) in text.lines().enumerate() {
        let mut line = line.to_string();
        while all.peek().is_some_and(|include| include.line == index + 1) {
            let include = all.next().unwrap();
            line = line.replacen(&include.directive, &expand_one(&include, dir)?, 1);
        }
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// The chapter files named by `SUMMARY.md` (draft entries, `[Title]()`, have none).
pub fn summary_chapters(summary: &str) -> Vec<String> {
    let mut chapters = Vec::new();
    for line in summary.lines() {
        let mut rest = line;
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(')') else { break };
            let target = after[..end].trim();
            if !target.is_empty() {
                chapters.push(target.to_string());
            }
            rest = &after[end + 1..];
        }
    }
    chapters
}

/// The caption below a listing fence: the first non-blank line after the
/// fence, if it reads `*Listing: TEXT*`. Returns its 0-based line index and
/// TEXT. The preprocessor numbers these; the book checks require them.
pub fn caption_after<'a>(fence: &Fence, text: &'a str) -> Option<(usize, &'a str)> {
    let closing = fence.line + fence.body.len(); // 0-based index of the closing line
    let (index, line) = text
        .lines()
        .enumerate()
        .skip(closing + 1)
        .find(|(_, line)| !line.trim().is_empty())?;
    let caption = line.trim().strip_prefix("*Listing: ")?.strip_suffix('*')?;
    Some((index, caption))
}

/// The name of one shown part of a listing: `NAME:ANCHOR`.
pub fn part_name(listing: &str, include: &Include) -> String {
    format!(
        "{listing}:{}",
        include.selector.as_deref().unwrap_or_default()
    )
}

/// Whether `{{#listing REFERENCE}}` means `part`: `NAME:ANCHOR` names that
/// part, a bare `NAME` any part of the listing (the preprocessor links the
/// first).
pub fn refers_to(reference: &str, part: &str) -> bool {
    part == reference
        || part
            .split_once(':')
            .is_some_and(|(listing, _)| listing == reference)
}

/// A `{{#listing NAME}}` reference in prose: its byte range in the text, and
/// the name (`NAME` or `NAME:ANCHOR`) it gives.
pub struct ListingReference<'a> {
    pub range: std::ops::Range<usize>,
    pub name: &'a str,
}

/// Every `{{#listing ...}}` reference in `text`, in order.
pub fn listing_references(text: &str) -> Vec<ListingReference<'_>> {
    const OPEN: &str = "{{#listing ";
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find(OPEN).map(|at| from + at) {
        let Some(end) = text[start..].find("}}").map(|at| start + at) else {
            break;
        };
        found.push(ListingReference {
            range: start..end + 2,
            name: text[start + OPEN.len()..end].trim(),
        });
        from = end + 2;
    }
    found
}
