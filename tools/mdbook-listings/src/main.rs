//! mdBook preprocessor for the book's listings. It runs before mdBook's own
//! `links` preprocessor, so it still sees each `{{#rustdoc_include ...}}`.
//!
//! - A listing fence (a `rust` fence holding one include of a file in a
//!   listings kind folder) gets a `kind-KIND` class, which the book's CSS
//!   turns into a badge.
//! - The caption line below it, `*Listing: TEXT*`, becomes
//!   "Listing N-M: TEXT" with a link anchor (`#listing-N-M`), the kind and
//!   the listing's file. N is the chapter's number (0 for the introduction),
//!   M counts the chapter's listings, sub-chapters included.
//! - `{{#listing NAME}}` (or `{{#listing NAME:ANCHOR}}` for one part of a
//!   listing shown in parts) in prose becomes a link to that listing.
//!
//! `tests/book.rs` checks the rules this relies on: every listing fence has
//! a caption, no "Listing N-M" is typed by hand, each listing is captioned
//! once, and every `{{#listing NAME}}` names a captioned listing.

use book_markdown as markdown;

#[cfg(test)]
mod tests;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;

/// A numbered listing: where its caption is and what it shows.
struct Numbered {
    label: String,
    chapter_path: String,
    /// Position in the book, to find a listing's first part.
    order: usize,
}

fn kind_label(folder: &str) -> Option<&'static str> {
    Some(match folder {
        "runs" => "runs",
        "panics" => "panics",
        "does-not-compile" => "does not compile",
        "hangs" => "hangs",
        "rejected-by-miri" => "rejected by Miri",
        "benches" => "benchmark",
        _ => return None,
    })
}

/// The listing part a fence shows: `(NAME:ANCHOR, kind folder, file as shown)`.
fn listing_of(fence: &markdown::Fence) -> Option<(String, String, String)> {
    if !fence.is_rust() {
        return None;
    }
    let body: Vec<&String> = fence.body.iter().filter(|l| !l.trim().is_empty()).collect();
    let [line] = body.as_slice() else { return None };
    let includes = markdown::includes(line);
    let [include] = includes.as_slice() else {
        return None;
    };
    let path = std::path::Path::new(&include.path);
    let folder = path.parent()?.file_name()?.to_str()?.to_string();
    kind_label(&folder)?;
    let name = path.file_stem()?.to_str()?.to_string();
    let part = markdown::part_name(&name, include);
    let shown = include.path.trim_start_matches("../").to_string();
    Some((part, folder, shown))
}

/// Calls `visit` on every chapter, in book order (a chapter before its
/// sub-chapters).
fn each_chapter(items: &mut Value, visit: &mut impl FnMut(&mut Value)) {
    for item in items.as_array_mut().into_iter().flatten() {
        if let Some(chapter) = item.get_mut("Chapter") {
            visit(chapter);
            each_chapter(&mut chapter["sub_items"], visit);
        }
    }
}

fn rewrite(book: &mut Value) {
    // Pass 1: number every captioned listing.
    let mut numbered: BTreeMap<String, Numbered> = BTreeMap::new();
    let mut counters: BTreeMap<u64, u64> = BTreeMap::new();
    each_chapter(&mut book["sections"], &mut |chapter| {
        let number = chapter["number"][0].as_u64().unwrap_or(0);
        let path = chapter["path"].as_str().unwrap_or_default().to_string();
        let content = chapter["content"].as_str().unwrap_or_default();
        for fence in markdown::fences(content) {
            let Some((name, _, _)) = listing_of(&fence) else {
                continue;
            };
            if markdown::caption_after(&fence, content).is_none() || numbered.contains_key(&name) {
                continue;
            }
            let counter = counters.entry(number).or_insert(0);
            *counter += 1;
            let order = numbered.len();
            numbered.insert(
                name,
                Numbered {
                    label: format!("{number}-{counter}"),
                    chapter_path: path.clone(),
                    order,
                },
            );
        }
    });

    // Pass 2: rewrite fences, captions and references.
    each_chapter(&mut book["sections"], &mut |chapter| {
        let path = chapter["path"].as_str().unwrap_or_default().to_string();
        let content = chapter["content"].as_str().unwrap_or_default().to_string();
        let mut lines: Vec<String> = content.lines().map(String::from).collect();
        let mut captioned = std::collections::BTreeSet::new();
        for fence in markdown::fences(&content) {
            let Some((name, folder, shown)) = listing_of(&fence) else {
                continue;
            };
            let open = fence.line - 1;
            lines[open] = format!("{},kind-{folder}", lines[open].trim_end());
            // The caption's line index is the same in `content` and `lines`:
            // rewriting a fence's opening line adds no line.
            let (Some((at, text)), Some(listing)) = (
                markdown::caption_after(&fence, &content),
                numbered.get(&name),
            ) else {
                continue;
            };
            if listing.chapter_path != path || !captioned.insert(name.clone()) {
                continue;
            }
            let label = &listing.label;
            let kind = kind_label(&folder).unwrap_or_default();
            lines[at] = format!(
                "<div class=\"listing-caption\" id=\"listing-{label}\">\n\n\
                 <span class=\"listing-kind\" data-kind=\"{folder}\">{kind}</span> \
                 **[Listing {label}](#listing-{label}):** {text} \
                 <span class=\"listing-file\">{shown}</span>\n\n</div>"
            );
        }
        let mut text = lines.join("\n");
        text.push('\n');
        chapter["content"] = Value::String(resolve_references(&text, &path, &numbered));
    });
}

/// Replaces each `{{#listing NAME}}` with a link to that listing.
fn resolve_references(text: &str, path: &str, numbered: &BTreeMap<String, Numbered>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for reference in markdown::listing_references(text) {
        let name = reference.name;
        out.push_str(&text[copied..reference.range.start]);
        // `NAME:ANCHOR` names one part; `NAME` the listing's first part.
        let found = numbered
            .iter()
            .filter(|(part, _)| markdown::refers_to(name, part))
            .map(|(_, numbered)| numbered)
            .min_by_key(|numbered| numbered.order);
        match found {
            Some(listing) => {
                let page = if listing.chapter_path == path {
                    String::new()
                } else {
                    listing.chapter_path.clone()
                };
                out.push_str(&format!("[Listing {0}]({page}#listing-{0})", listing.label));
            }
            None => {
                eprintln!(
                    "[ERROR] (mdbook-listings): {path}: `{{{{#listing {name}}}}}` names no captioned listing"
                );
                out.push_str(&text[reference.range.clone()]);
            }
        }
        copied = reference.range.end;
    }
    out.push_str(&text[copied..]);
    out
}

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.first().map(String::as_str) == Some("supports") {
        return; // every renderer: the output is plain Markdown
    }
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("read the book from stdin");
    let mut pair: Value = serde_json::from_str(&input).expect("mdBook's [context, book] JSON");
    rewrite(&mut pair[1]);
    serde_json::to_writer(std::io::stdout(), &pair[1]).expect("write the book to stdout");
}
