//! Checks of the book as a whole. Each returns the problems it found, one
//! line each, naming the chapter file and line.

use crate::Project;
use crate::listings::{Kind, Listing};
use crate::markdown::{self, Fence, Include};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};

/// The mdBook release the book is built and checked with.
pub const MDBOOK_VERSION: &str = "0.4.51";

/// The edition of the book (`[rust] edition` in book.toml) and of the
/// workspace; a listing in another edition says so in its fence.
pub const EDITION: &str = "2024";

pub struct Chapter {
    pub file: PathBuf,
    pub text: String,
}

impl Chapter {
    fn dir(&self) -> &Path {
        self.file.parent().unwrap()
    }

    /// Where `include` points, as an absolute path (`None` if no such file).
    fn target(&self, include: &Include) -> Option<PathBuf> {
        self.dir().join(&include.path).canonicalize().ok()
    }

    pub(crate) fn at(&self, project: &Project, line: usize) -> String {
        format!("{}:{line}", project.shown(&self.file))
    }
}

/// The chapters `SUMMARY.md` lists, then every Markdown file that one of
/// them includes (such as a generated table): the reader sees it as part of
/// the chapter, so every book rule checks it as a chapter of its own. Also
/// any problem with the list itself: a listed file that does not exist, a
/// page in `src/` that is neither listed nor included.
pub fn chapters(project: &Project) -> (Vec<Chapter>, Vec<String>) {
    let src = project.src();
    let mut problems = Vec::new();
    let summary = std::fs::read_to_string(src.join("SUMMARY.md")).unwrap_or_default();
    let mut chapters = Vec::new();
    for target in markdown::summary_chapters(&summary) {
        let file = src.join(&target);
        match std::fs::read_to_string(&file) {
            Ok(text) => chapters.push(Chapter { file, text }),
            Err(_) => problems.push(format!(
                "src/SUMMARY.md: lists `{target}`, which does not exist"
            )),
        }
    }
    // Included Markdown, and what it includes in turn, each file once.
    let mut next = 0;
    while next < chapters.len() {
        let parts: Vec<PathBuf> = markdown::includes(&chapters[next].text)
            .iter()
            .filter_map(|include| chapters[next].target(include))
            .filter(|target| target.extension().is_some_and(|e| e == "md"))
            .collect();
        for part in parts {
            let known = chapters
                .iter()
                .any(|chapter| chapter.file.canonicalize().is_ok_and(|file| file == part));
            if !known && let Ok(text) = std::fs::read_to_string(&part) {
                let file = src.join(
                    part.strip_prefix(src.canonicalize().unwrap_or_default())
                        .unwrap_or(&part),
                );
                chapters.push(Chapter { file, text });
            }
        }
        next += 1;
    }
    let included: Vec<PathBuf> = chapters
        .iter()
        .flat_map(|chapter| {
            markdown::includes(&chapter.text)
                .iter()
                .filter_map(|include| chapter.target(include))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut pages = Vec::new();
    collect_pages(&src, &mut pages);
    for page in pages {
        let is_included = page
            .canonicalize()
            .is_ok_and(|page| included.contains(&page));
        if page != src.join("SUMMARY.md")
            && !is_included
            && !chapters.iter().any(|chapter| chapter.file == page)
        {
            problems.push(format!(
                "{}: a page SUMMARY.md does not list",
                project.shown(&page)
            ));
        }
    }
    (chapters, problems)
}

fn collect_pages(dir: &Path, pages: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_pages(&path, pages);
        } else if path.extension().is_some_and(|e| e == "md") {
            pages.push(path);
        }
    }
}

/// Every include resolves to a file, and every anchor it names exists in that
/// file and holds at least one line. (mdBook itself accepts a misspelled
/// anchor and prints an empty block.)
pub fn check_includes(project: &Project, chapters: &[Chapter]) -> Vec<String> {
    let mut problems = Vec::new();
    for chapter in chapters {
        for include in markdown::includes(&chapter.text) {
            let at = chapter.at(project, include.line);
            let Some(target) = chapter.target(&include) else {
                problems.push(format!(
                    "{at}: {} names a file that does not exist",
                    include.directive
                ));
                continue;
            };
            let selector = match include.selects() {
                markdown::Selector::All => continue,
                markdown::Selector::Anchor(anchor) => anchor,
                markdown::Selector::Lines { .. } => {
                    problems.push(format!(
                        "{at}: {} selects lines by number; name an anchor instead",
                        include.directive
                    ));
                    continue;
                }
            };
            let file = std::fs::read_to_string(&target).unwrap_or_default();
            match markdown::anchored(&file, &selector) {
                None => problems.push(format!(
                    "{at}: {} names anchor `{selector}`, which {} does not have (ANCHOR: and ANCHOR_END:)",
                    include.directive,
                    project.shown(&target)
                )),
                Some(lines) if !lines.iter().any(|(inside, line)| *inside && !line.trim().is_empty()) => {
                    problems.push(format!("{at}: {} selects an empty anchor", include.directive))
                }
                Some(_) => {}
            }
        }
    }
    problems
}

/// The listing a fence shows, if its body is exactly one include of a listing.
pub(crate) fn shown_listing<'a>(
    chapter: &Chapter,
    fence: &Fence,
    listings: &'a [Listing],
) -> Option<(Include, &'a Listing)> {
    let body: Vec<&String> = fence
        .body
        .iter()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let [line] = body.as_slice() else { return None };
    let includes = markdown::includes(line);
    let [include] = includes.as_slice() else {
        return None;
    };
    if line.trim() != include.directive {
        return None;
    }
    let target = chapter.target(include)?;
    let listing = listings.iter().find(|listing| listing.source == target)?;
    Some((include.clone(), listing))
}

/// The fence word for a listing whose compile error has no code (such as
/// "future cannot be sent between threads safely"); its diagnostic snapshot
/// is then the only proof of the reason, so it must match exactly.
pub const NO_ERROR_CODE: &str = "no_error_code";

/// Fence words that rustdoc or mdBook give a meaning; any other snake_case
/// word on a `compile_fail` fence names a deny-by-default lint.
const FENCE_ATTRIBUTES: &[&str] = &[
    "rust",
    "should_panic",
    "compile_fail",
    "no_run",
    "ignore",
    "test_harness",
    "standalone_crate",
    "edition2015",
    "edition2018",
    "edition2021",
    "edition2024",
    "noplayground",
    NO_ERROR_CODE,
    "noplaypen",
    "editable",
    "mdbook-runnable",
];

/// What a fence claims a listing fails with: error codes (`E0502`) and the
/// names of deny-by-default lints (`invalid_reference_casting`), which have
/// no error code. rustdoc checks the codes (on nightly); `cargo test` checks
/// both against the compiler.
fn error_codes(fence: &Fence) -> Vec<String> {
    fence
        .tokens()
        .into_iter()
        .filter(|token| {
            let error_code = token.len() == 5
                && token.starts_with('E')
                && token[1..].chars().all(|c| c.is_ascii_digit());
            let lint = !FENCE_ATTRIBUTES.contains(token)
                && !token.starts_with("hide_lines")
                && token.contains('_')
                && token.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            error_code || lint
        })
        .map(String::from)
        .collect()
}

/// Every fence is labelled with a language, and every Rust fence shows one
/// listing (no Rust typed into a chapter) with the annotation its kind needs.
pub fn check_fences(project: &Project, chapters: &[Chapter], listings: &[Listing]) -> Vec<String> {
    let kind_attributes = ["should_panic", "compile_fail", "no_run", "ignore"];
    let mut problems = Vec::new();
    for chapter in chapters {
        for fence in markdown::fences(&chapter.text) {
            let at = chapter.at(project, fence.line);
            if fence.info.is_empty() {
                problems.push(format!(
                    "{at}: a fence without a language; rustdoc would test it as Rust"
                ));
                continue;
            }
            let shown = shown_listing(chapter, &fence, listings);
            if !fence.is_rust() {
                if let Some((_, listing)) = shown {
                    problems.push(format!(
                        "{at}: listing `{}` is shown in a `{}` fence; show listings in `rust` fences so rustdoc tests them",
                        listing.name, fence.info
                    ));
                }
                continue;
            }
            let Some((include, listing)) = shown else {
                problems.push(format!(
                    "{at}: a Rust fence must hold exactly one {{{{#rustdoc_include}}}} (or {{{{#include}}}}) of a file in {}/, not code typed into the chapter",
                    project.shown(&project.listings_dir)
                ));
                continue;
            };
            if include.selector.is_none() {
                problems.push(format!(
                    "{at}: include `{}` with a named anchor (`:ANCHOR`)",
                    listing.name
                ));
            }
            let tokens = fence.tokens();
            let wanted = listing.kind.fence_attribute();
            for attribute in kind_attributes {
                let has = tokens.contains(&attribute);
                if has && wanted != Some(attribute) {
                    problems.push(format!(
                        "{at}: `{attribute}` on listing `{}`, which is a {} listing",
                        listing.name, listing.kind
                    ));
                }
                if !has && wanted == Some(attribute) {
                    problems.push(format!(
                        "{at}: listing `{}` is a {} listing; its fence needs `{attribute}`",
                        listing.name, listing.kind
                    ));
                }
            }
            let edition = tokens
                .iter()
                .find_map(|token| token.strip_prefix("edition"));
            match edition {
                Some(edition) if edition != listing.edition => problems.push(format!(
                    "{at}: the fence says edition {edition}, but `{}` compiles with {}",
                    listing.name, listing.edition
                )),
                None if listing.edition != EDITION => problems.push(format!(
                    "{at}: `{}` compiles with edition {}; its fence needs `edition{}`",
                    listing.name, listing.edition, listing.edition
                )),
                _ => {}
            }
            let codes = error_codes(&fence);
            let no_code = tokens.contains(&NO_ERROR_CODE);
            if listing.kind == Kind::DoesNotCompile && codes.is_empty() && !no_code {
                problems.push(format!(
                    "{at}: give the error code(s) of `{}` in the fence (`compile_fail,E0XXX`), or `{NO_ERROR_CODE}` if the compiler gives none",
                    listing.name
                ));
            }
            if no_code && !codes.is_empty() {
                problems.push(format!(
                    "{at}: `{NO_ERROR_CODE}` and error codes on one fence"
                ));
            }
            if listing.kind != Kind::DoesNotCompile && !codes.is_empty() {
                problems.push(format!(
                    "{at}: error codes on `{}`, which compiles",
                    listing.name
                ));
            }
        }
    }
    problems
}

/// The error codes each fence that shows `listing` claims for it.
pub fn claimed_codes(
    chapters: &[Chapter],
    listing: &Listing,
    listings: &[Listing],
) -> Vec<Vec<String>> {
    let mut claims = Vec::new();
    for chapter in chapters {
        for fence in markdown::fences(&chapter.text) {
            if fence.is_rust()
                && let Some((_, shown)) = shown_listing(chapter, &fence, listings)
                && shown.name == listing.name
            {
                claims.push(error_codes(&fence));
            }
        }
    }
    claims
}

/// Every listing is shown in a Rust fence, with the command that runs (or
/// builds) it in the same chapter, and every expected output that is not
/// empty is shown too, so the reader sees what the test compares.
pub fn check_shown(project: &Project, chapters: &[Chapter], listings: &[Listing]) -> Vec<String> {
    let mut problems = Vec::new();
    // One pass over the chapters: which listings each shows, and every file
    // any of them includes.
    let mut shown_by: Vec<(&Chapter, String)> = Vec::new();
    let mut included: Vec<PathBuf> = Vec::new();
    // A question (`{{#question NAME}}`) shows its listing's output block.
    let revealed: Vec<String> = chapters
        .iter()
        .map(|chapter| crate::questions::revealed(chapter, listings))
        .collect();
    for (chapter, revealed) in chapters.iter().zip(&revealed) {
        for fence in markdown::fences(&chapter.text) {
            if fence.is_rust()
                && let Some((_, shown)) = shown_listing(chapter, &fence, listings)
            {
                shown_by.push((chapter, shown.name.clone()));
            }
        }
        included.extend(
            markdown::includes(&chapter.text)
                .iter()
                .chain(&markdown::includes(revealed))
                .filter_map(|include| chapter.target(include)),
        );
    }
    for listing in listings {
        let mut showing: Vec<&Chapter> = shown_by
            .iter()
            .filter(|(_, name)| *name == listing.name)
            .map(|(chapter, _)| *chapter)
            .collect();
        showing.dedup_by_key(|chapter| &chapter.file);
        let source = project.shown(&listing.source);
        if showing.is_empty() {
            problems.push(format!(
                "{source}: listing `{}` is shown in no chapter",
                listing.name
            ));
        }
        let command = listing.command();
        for chapter in &showing {
            let index = chapters
                .iter()
                .position(|c| c.file == chapter.file)
                .unwrap();
            if !chapter.text.contains(&command) && !revealed[index].contains(&command) {
                problems.push(format!(
                    "{}: shows listing `{}` but not the command `{command}`",
                    project.shown(&chapter.file),
                    listing.name
                ));
            }
        }
        // A rejected-by-Miri listing has a second verdict, under Tree Borrows
        // (`verdict::AliasingModel`), which the reader sees as well.
        let tree_borrows: &[&str] = if listing.kind == Kind::RejectedByMiri {
            &["tree-borrows.stderr", "tree-borrows.stdout"]
        } else {
            &[]
        };
        for extension in ["stdout", "stderr"].iter().chain(tree_borrows) {
            let output = listing.source.with_extension(extension);
            let Ok(canonical) = output.canonicalize() else {
                continue;
            };
            let empty = std::fs::metadata(&output).is_ok_and(|meta| meta.len() == 0);
            if !empty && !included.contains(&canonical) {
                problems.push(format!("{}: shown in no chapter", project.shown(&output)));
            }
        }
    }
    problems
}

/// Every `cargo run ... --bin NAME`, `cargo build ... --bin NAME` or
/// `cargo bench ... --bench NAME` command typed in a chapter names a listing,
/// with the command its kind needs.
pub fn check_commands(
    project: &Project,
    chapters: &[Chapter],
    listings: &[Listing],
) -> Vec<String> {
    let mut problems = Vec::new();
    for chapter in chapters {
        for (index, line) in chapter.text.lines().enumerate() {
            let names_a_package = listings
                .iter()
                .any(|listing| line.contains(&format!("-p {} ", listing.package)));
            // Other cargo commands (`cargo rustc ... --emit=asm`) may name a
            // listing too; they are not the command that shows it.
            let shows_a_listing = ["cargo run ", "cargo build ", "cargo bench ", "miri run "]
                .iter()
                .any(|command| line.contains(command));
            if !names_a_package || !shows_a_listing {
                continue;
            }
            let Some((flag, at_flag)) = ["--bin ", "--bench "]
                .into_iter()
                .find_map(|flag| line.find(flag).map(|at| (flag, at)))
            else {
                continue;
            };
            let name: String = line[at_flag + flag.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            let at = chapter.at(project, index + 1);
            match listings.iter().find(|listing| listing.name == name) {
                None => problems.push(format!("{at}: `{flag}{name}` names no listing")),
                Some(listing) if !line.contains(&listing.command()) => problems.push(format!(
                    "{at}: `{name}` is a {} listing; the command is `{}`",
                    listing.kind,
                    listing.command()
                )),
                Some(_) => {}
            }
        }
    }
    problems
}

/// What one `mdbook build` of a book did: the folder it wrote, and its
/// output (or why mdbook could not run).
type Built = (PathBuf, Result<std::process::Output, String>);

/// Builds the book into `target/book-check/BOOK`, once per book per test
/// run: the build check and the link check read the same build (the first
/// to ask builds it, the other waits for it).
fn mdbook_build(project: &Project) -> Arc<Built> {
    type Builds = Mutex<HashMap<PathBuf, Arc<OnceLock<Arc<Built>>>>>;
    static BUILDS: OnceLock<Builds> = OnceLock::new();
    let slot = BUILDS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .entry(project.book_dir.clone())
        .or_default()
        .clone();
    slot.get_or_init(|| {
        let out = project
            .root
            .join("target/book-check")
            .join(project.book_dir.file_name().unwrap());
        let output = Command::new("mdbook")
            .arg("build")
            .arg("--dest-dir")
            .arg(&out)
            .current_dir(&project.book_dir)
            .output()
            .map_err(|error| error.to_string());
        Arc::new((out, output))
    })
    .clone()
}

/// `mdbook build` (the pinned release) succeeds and prints no warning or error.
pub fn check_mdbook_build(project: &Project) -> Vec<String> {
    let version = Command::new("mdbook").arg("--version").output();
    let Ok(version) = version else {
        return vec![format!(
            "mdbook is not installed; install it with `cargo install --locked mdbook@{MDBOOK_VERSION}` (see README.md)"
        )];
    };
    let version = String::from_utf8_lossy(&version.stdout);
    if version.trim() != format!("mdbook v{MDBOOK_VERSION}") {
        return vec![format!(
            "found {}, but the book is pinned to mdbook v{MDBOOK_VERSION}",
            version.trim()
        )];
    }
    let built = mdbook_build(project);
    let output = match &built.1 {
        Ok(output) => output,
        Err(error) => return vec![format!("cannot run mdbook: {error}")],
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut problems: Vec<String> = stderr
        .lines()
        .filter(|line| line.contains("WARN") || line.contains("ERROR") || line.contains("warning"))
        .map(|line| format!("mdbook build: {line}"))
        .collect();
    if !output.status.success() {
        problems.push(format!(
            "mdbook build failed ({}):\n{stderr}",
            output.status
        ));
    }
    problems
}

/// Every internal link of the rendered book leads to a page that exists and,
/// if it names a fragment (`page.html#heading`), to an element with that id.
/// The book is built (with the pinned mdbook) into a folder of its own.
pub fn check_links(project: &Project) -> Vec<String> {
    let built = mdbook_build(project);
    let (out, output) = (&built.0, &built.1);
    if !output.as_ref().is_ok_and(|output| output.status.success()) {
        return vec!["mdbook build failed; see book::mdbook-build-is-clean".into()];
    }
    let mut pages = Vec::new();
    collect_files(out, "html", &mut pages);
    pages.sort();
    let mut problems = Vec::new();
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap_or_default();
        // mdBook's print page repeats every chapter with rewritten links;
        // the chapters themselves are checked.
        if page.file_name().is_some_and(|name| name == "print.html") {
            continue;
        }
        for href in attribute_values(&html, "href") {
            if href.contains("://")
                || href.starts_with("mailto:")
                || href.starts_with("javascript:")
            {
                continue;
            }
            let (path, fragment) = href.split_once('#').unwrap_or((href, ""));
            let target = if path.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(path)
            };
            let shown = project.shown(page);
            if !target.exists() {
                problems.push(format!("{shown}: link `{href}` leads to no page"));
                continue;
            }
            if fragment.is_empty() {
                continue;
            }
            let target_html =
                String::from_utf8_lossy(&std::fs::read(&target).unwrap_or_default()).into_owned();
            if !attribute_values(&target_html, "id").any(|id| id == fragment) {
                problems.push(format!(
                    "{shown}: link `{href}` names no element of that page"
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    problems
}

fn collect_files(dir: &Path, extension: &str, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, extension, files);
        } else if path.extension().is_some_and(|e| e == extension) {
            files.push(path);
        }
    }
}

/// The values of every `name="..."` attribute in `html`.
fn attribute_values<'a>(html: &'a str, name: &str) -> std::vec::IntoIter<&'a str> {
    let needle = format!(" {name}=\"");
    let values: Vec<&str> = html
        .match_indices(needle.as_str())
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect();
    values.into_iter()
}

/// Crates whose listings may show the playground's Run button: the Rust
/// playground offers the top crates of crates.io, these among them. A listing
/// using any other crate (`qcell`), and every listing that hangs, is rejected
/// by Miri or is a benchmark, must carry `noplayground`.
pub const PLAYGROUND_CRATES: &[&str] = &["crossbeam_utils", "parking_lot", "tokio"];

/// Crates the listings may use that the playground does not offer.
const NOT_ON_PLAYGROUND: &[&str] = &["qcell", "criterion"];

/// Whether the playground could run `listing` as the book shows it.
pub fn runs_on_playground(listing: &Listing) -> bool {
    if matches!(listing.kind, Kind::Hangs | Kind::RejectedByMiri) {
        return false;
    }
    let source = std::fs::read_to_string(&listing.source).unwrap_or_default();
    !NOT_ON_PLAYGROUND
        .iter()
        .any(|krate| source.contains(&format!("{krate}::")))
}

/// The rules the caption preprocessor (`tools/mdbook-listings`) relies on,
/// and the playground rule:
/// - every listing fence is followed by a caption line `*Listing: TEXT*`;
/// - each part of a listing (`NAME:ANCHOR`) is captioned once, so its
///   number is unique;
/// - no "Listing N-M" is typed by hand: numbers are generated, and prose
///   refers to a listing with `{{#listing NAME}}` (its first captioned part)
///   or `{{#listing NAME:ANCHOR}}`, which must name a captioned part;
/// - a fence carries `noplayground` exactly when [`runs_on_playground`] says
///   the playground could not run it.
pub fn check_captions(
    project: &Project,
    chapters: &[Chapter],
    listings: &[Listing],
) -> Vec<String> {
    let mut problems = Vec::new();
    // `NAME:ANCHOR` of each captioned fence: one listing may be shown in
    // parts, each part with its own caption and number.
    let mut captioned: Vec<String> = Vec::new();
    for chapter in chapters {
        for fence in markdown::fences(&chapter.text) {
            let Some((include, listing)) = shown_listing(chapter, &fence, listings) else {
                continue;
            };
            let part = markdown::part_name(&listing.name, &include);
            let at = chapter.at(project, fence.line);
            if markdown::caption_after(&fence, &chapter.text).is_some() {
                if captioned.contains(&part) {
                    problems.push(format!(
                        "{at}: `{part}` is captioned twice, so it would have two numbers"
                    ));
                }
                captioned.push(part);
            } else {
                problems.push(format!(
                    "{at}: listing `{}` needs a caption line `*Listing: ...*` right after its fence",
                    listing.name
                ));
            }
            let marked = fence.tokens().contains(&"noplayground");
            let runnable = runs_on_playground(listing);
            if runnable && marked {
                problems.push(format!(
                    "{at}: `noplayground` on `{}`, which the playground can run",
                    listing.name
                ));
            }
            if !runnable && !marked {
                problems.push(format!(
                    "{at}: `{}` needs `noplayground`: the playground cannot run it (a crate it lacks, or a {} listing)",
                    listing.name, listing.kind
                ));
            }
        }
    }
    for chapter in chapters {
        for (index, line) in chapter.text.lines().enumerate() {
            let at = chapter.at(project, index + 1);
            let typed = line.match_indices("Listing ").any(|(i, _)| {
                let rest = &line[i + 8..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                digits > 0 && rest[digits..].starts_with('-')
            });
            if typed {
                problems.push(format!(
                    "{at}: a listing number typed by hand; write `{{{{#listing NAME}}}}` instead"
                ));
            }
            for reference in markdown::listing_references(line) {
                let name = reference.name;
                if !captioned.iter().any(|part| markdown::refers_to(name, part)) {
                    problems.push(format!(
                        "{at}: `{{{{#listing {name}}}}}` names no captioned listing"
                    ));
                }
            }
        }
    }
    problems
}
