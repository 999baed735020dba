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
//! - `{{#question NAME | WHY}}` asks what a listing does ([`question`]).
//! - `{{#symptoms}}` is the generated symptom index ([`symptoms`]).
//! - `{{#diagram NAME}}` inlines `src/diagrams/NAME.svg` ([`diagram`]).
//! - `{{#provenance}}`, and every page's footer, say which toolchains
//!   verified the listings ([`provenance`]).
//! - Each caption links to a prefilled errata issue form, when `book.toml`
//!   sets `git-repository-url`.
//!
//! `tests/book.rs` checks the rules this relies on: every listing fence has
//! a caption, no "Listing N-M" is typed by hand, each listing is captioned
//! once, and every `{{#listing NAME}}` names a captioned listing.

mod api_status;
mod diagram;
#[path = "../../../tests/harness/directives.rs"]
#[allow(dead_code)]
mod directives;
mod provenance;
mod question;
mod shown;
mod symptoms;
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

/// What the preprocessor knows of the book from mdBook's context.
struct Site {
    /// `src/`, on disk.
    src: std::path::PathBuf,
    /// The folder of `book.toml`.
    root: std::path::PathBuf,
    /// `git-repository-url`, for the errata links.
    repo: Option<String>,
}

fn rewrite(book: &mut Value, site: &Site) {
    // The nightly a question's Miri command names: the pinned one.
    let nightly = directives::pinned_nightly(&site.root);
    let shown = collect_shown(book, site);
    fill_symptom_index(book, &shown);
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
        let asked: Vec<String> = directives::questions(&content)
            .into_iter()
            .map(|question| question.name)
            .collect();
        for fence in markdown::fences(&content) {
            let Some((name, folder, shown)) = listing_of(&fence) else {
                continue;
            };
            let open = fence.line - 1;
            let listing_name = name.split(':').next().unwrap_or_default().to_string();
            let is_asked = asked.contains(&listing_name);
            let extra = if is_asked {
                format!(",{}", question::fence_class(&listing_name))
            } else {
                String::new()
            };
            lines[open] = format!("{},kind-{folder}{extra}", lines[open].trim_end());
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
            // A question hides the kind (badge and folder) until answered.
            let (badge, file) = if is_asked {
                (
                    format!(
                        "<span class=\"listing-kind\" data-kind=\"question\" data-question=\"{listing_name}\" data-answer=\"{folder}\" data-label=\"{kind}\">?</span>"
                    ),
                    shown.replacen(
                        &format!("/{folder}/"),
                        &format!("/<span class=\"question-mask\" data-question=\"{listing_name}\">…</span><span class=\"question-masked\" data-question=\"{listing_name}\">{folder}</span>/"),
                        1,
                    ),
                )
            } else {
                (
                    format!("<span class=\"listing-kind\" data-kind=\"{folder}\">{kind}</span>"),
                    shown.clone(),
                )
            };
            let report = report_link(site, &listing_name, label, &path);
            lines[at] = format!(
                "<div class=\"listing-caption\" id=\"listing-{label}\">\n\n\
                 {badge} **[Listing {label}](#listing-{label}):** {text} \
                 <span class=\"listing-file\">{file}</span>{report}\n\n</div>"
            );
        }
        ask_questions(&mut lines, &content, &path, &shown, &nightly);
        inline_diagrams(&mut lines, &content, site, &path);
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
                // The link is relative to this page: from `exercises/mutex.md`,
                // the chapter `mutex.md` is `../mutex.md`.
                let page = if listing.chapter_path == path {
                    String::new()
                } else {
                    let up = "../".repeat(path.matches('/').count());
                    format!("{up}{}", listing.chapter_path)
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

/// Every listing fence of the book, in book order.
fn collect_shown(book: &mut Value, site: &Site) -> Vec<shown::Shown> {
    let mut found = Vec::new();
    each_chapter(&mut book["sections"], &mut |chapter| {
        let path = chapter["path"].as_str().unwrap_or_default().to_string();
        let content = chapter["content"].as_str().unwrap_or_default();
        let dir = site.src.join(&path);
        let dir = dir.parent().unwrap_or(&site.src);
        for fence in markdown::fences(content) {
            let Some((part, folder, _)) = listing_of(&fence) else {
                continue;
            };
            let Some(include) = fence
                .body
                .iter()
                .find_map(|line| markdown::includes(line).pop())
            else {
                continue;
            };
            found.push(shown::Shown {
                name: part.split(':').next().unwrap_or_default().to_string(),
                folder,
                chapter: path.clone(),
                file: shown::normalize(&dir.join(&include.path)),
                include: include.path,
                caption: markdown::caption_after(&fence, content).map(|(_, text)| text.to_string()),
            });
        }
    });
    found
}

/// Replaces `{{#symptoms}}` (the whole of its page) with the symptom index.
fn fill_symptom_index(book: &mut Value, shown: &[shown::Shown]) {
    let mut failing: Vec<symptoms::Failing> = Vec::new();
    for listing in shown {
        let failing_kind = ["panics", "does-not-compile", "hangs", "rejected-by-miri"]
            .contains(&listing.folder.as_str());
        if !failing_kind || failing.iter().any(|f| f.name == listing.name) {
            continue;
        }
        let caption = shown
            .iter()
            .filter(|other| other.name == listing.name)
            .find_map(|other| other.caption.clone())
            .unwrap_or_default();
        let text = |extension| {
            listing
                .sidecar(extension)
                .map(|(_, text)| text)
                .unwrap_or_default()
        };
        failing.push(symptoms::Failing {
            name: listing.name.clone(),
            folder: listing.folder.clone(),
            caption,
            stdout: text("stdout"),
            stderr: text("stderr"),
            fix: listing
                .sidecar("fix")
                .and_then(|(_, text)| directives::parse_fix(&text).ok()),
        });
    }
    each_chapter(&mut book["sections"], &mut |chapter| {
        let content = chapter["content"].as_str().unwrap_or_default();
        if !directives::directives(content, "symptoms").is_empty() {
            chapter["content"] = Value::String(symptoms::page(&failing).0);
        }
    });
}

/// Replaces each `{{#question NAME | WHY}}` line with its question.
fn ask_questions(
    lines: &mut [String],
    content: &str,
    path: &str,
    shown: &[shown::Shown],
    nightly: &str,
) {
    for asked in directives::questions(content) {
        let Some(listing) = shown
            .iter()
            .find(|listing| listing.chapter == path && listing.name == asked.name)
        else {
            eprintln!(
                "[ERROR] (mdbook-listings): {path}: `{{{{#question {}}}}}` names no listing this chapter shows",
                asked.name
            );
            continue;
        };
        let snapshots = ["stdout", "stderr"]
            .into_iter()
            .filter_map(|extension| listing.sidecar(extension))
            .filter(|(_, text)| !text.is_empty())
            .map(|(include, _)| include)
            .collect();
        let file = listing.include.trim_start_matches("../").to_string();
        let question = question::Asked {
            name: listing.name.clone(),
            folder: listing.folder.clone(),
            command: directives::command(
                &listing.folder,
                &listing.package(),
                &listing.name,
                nightly,
            ),
            file,
            snapshots,
        };
        lines[asked.line] = question::render(&question, &asked.why);
    }
}

/// Replaces each `{{#diagram NAME}}` line with the inlined SVG. `content` is
/// the chapter before any line was rewritten, so its line numbers index
/// `lines` (a rewritten caption or question spans several lines).
fn inline_diagrams(lines: &mut [String], content: &str, site: &Site, path: &str) {
    for directive in directives::directives(content, "diagram") {
        let name = &directive.argument;
        let file = site.src.join("diagrams").join(format!("{name}.svg"));
        match std::fs::read_to_string(&file) {
            Ok(svg) => lines[directive.line] = diagram::render(name, &svg),
            Err(error) => eprintln!(
                "[ERROR] (mdbook-listings): {path}: `{{{{#diagram {name}}}}}`: cannot read {}: {error}",
                file.display()
            ),
        }
    }
}

/// Fills `{{#provenance}}` and appends the provenance footer to the page.
fn add_provenance(text: &mut String, site: &Site) {
    let sentence = match provenance::sentence(&site.root) {
        Ok(sentence) => sentence,
        Err(error) => {
            eprintln!("[ERROR] (mdbook-listings): {error}");
            return;
        }
    };
    let placed = directives::directives(text, "provenance");
    if !placed.is_empty() {
        let lines: Vec<String> = text
            .lines()
            .enumerate()
            .map(|(index, line)| {
                if placed.iter().any(|directive| directive.line == index) {
                    sentence.clone()
                } else {
                    line.to_string()
                }
            })
            .collect();
        *text = lines.join("\n");
        text.push('\n');
    }
    text.push_str(&provenance::footer(&sentence));
}

/// The caption's "report a problem" link: GitHub's issue form
/// (`.github/ISSUE_TEMPLATE/errata.yml`), prefilled with the listing and page.
fn report_link(site: &Site, listing: &str, label: &str, chapter: &str) -> String {
    let Some(repo) = &site.repo else {
        return String::new();
    };
    let title = format!("Listing {label} ({listing})").replace(' ', "+");
    format!(
        " <a class=\"listing-report\" href=\"{repo}/issues/new?template=errata.yml&amp;title={title}&amp;listing={listing}&amp;chapter={chapter}\">report a problem</a>"
    )
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
    let context = &pair[0];
    let root = std::path::PathBuf::from(context["root"].as_str().unwrap_or("."));
    let site = Site {
        src: root.join(context["config"]["book"]["src"].as_str().unwrap_or("src")),
        repo: context["config"]["output"]["html"]["git-repository-url"]
            .as_str()
            .map(|url| url.trim_end_matches('/').to_string()),
        root,
    };
    rewrite(&mut pair[1], &site);
    api_status::annotate(&mut pair);
    // Last, so that every page, the generated ones included, gets it.
    each_chapter(&mut pair[1]["sections"], &mut |chapter| {
        let mut text = chapter["content"].as_str().unwrap_or_default().to_string();
        add_provenance(&mut text, &site);
        chapter["content"] = Value::String(text);
    });
    serde_json::to_writer(std::io::stdout(), &pair[1]).expect("write the book to stdout");
}
