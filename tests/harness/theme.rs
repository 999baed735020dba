//! `theme/book.js` is mdBook's own `book.js` with one marked change, so an
//! mdBook upgrade is mechanical: take the new file, make the same change.

use crate::Project;
use crate::book::MDBOOK_VERSION;
use std::process::Command;

/// The comment that opens the one change.
pub const MARK: &str = "// CHANGED for this book";

/// Regenerates the pinned mdBook's `book.js` (`mdbook init --theme` in a
/// folder of its own) and requires the book's copy to differ from it only by
/// a leading comment and one block that starts with [`MARK`] and replaces
/// the fetch of the playground's crate list.
pub fn check_theme(project: &Project) -> Vec<String> {
    let ours_file = project.book_dir.join("theme/book.js");
    let Ok(ours) = std::fs::read_to_string(&ours_file) else {
        return vec![format!("{}: missing", project.shown(&ours_file))];
    };
    let dir = project
        .root
        .join("target/theme-check")
        .join(project.book_dir.file_name().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    let init = Command::new("mdbook")
        .args([
            "init", "--theme", "--force", "--title", "x", "--ignore", "none",
        ])
        .current_dir(&dir)
        .stdin(std::process::Stdio::null())
        .output();
    let upstream = match init {
        Ok(output) if output.status.success() => {
            std::fs::read_to_string(dir.join("theme/book.js")).unwrap_or_default()
        }
        _ => {
            return vec![format!(
                "cannot run `mdbook init --theme` (mdbook v{MDBOOK_VERSION}); see book::mdbook-build-is-clean"
            )];
        }
    };
    differs_by_the_marked_change(&upstream, &ours)
        .err()
        .map(|why| {
            vec![format!(
                "{}: {why}; it must be mdBook {MDBOOK_VERSION}'s book.js plus the one change marked `{MARK}`",
                project.shown(&ours_file)
            )]
        })
        .unwrap_or_default()
}

/// `Ok` if `ours` is `upstream` with a comment on top and one changed block
/// that starts with [`MARK`], removes the crate-list fetch and fetches
/// nothing itself.
pub fn differs_by_the_marked_change(upstream: &str, ours: &str) -> Result<(), String> {
    let theirs: Vec<&str> = upstream.lines().collect();
    let mut mine: Vec<&str> = ours.lines().collect();
    // The comment that says what this file is.
    let first = theirs.first().copied().unwrap_or_default();
    let header = mine
        .iter()
        .take_while(|line| **line != first && (line.starts_with("//") || line.is_empty()))
        .count();
    mine.drain(..header);
    let prefix = theirs.iter().zip(&mine).take_while(|(a, b)| a == b).count();
    let suffix = theirs[prefix..]
        .iter()
        .rev()
        .zip(mine[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &theirs[prefix..theirs.len() - suffix];
    let added = &mine[prefix..mine.len() - suffix];
    if removed.is_empty() && added.is_empty() {
        return Err("it is identical to mdBook's, without the change".into());
    }
    let line = prefix + header + 1;
    if !added
        .first()
        .is_some_and(|l| l.trim_start().starts_with(MARK))
    {
        return Err(format!(
            "line {line} differs from mdBook's, and the change there does not start with `{MARK}`"
        ));
    }
    let joined_removed = removed.join("\n");
    if !joined_removed.contains("play.rust-lang.org/meta/crates") {
        return Err(format!(
            "the change at line {line} replaces more or other than the crate-list fetch:\n{joined_removed}"
        ));
    }
    if removed.iter().filter(|l| l.contains("fetch")).count() != 1 {
        return Err(format!(
            "the change at line {line} replaces more than the crate-list fetch:\n{joined_removed}"
        ));
    }
    if added
        .iter()
        .any(|l| !l.trim_start().starts_with("//") && l.contains("fetch"))
    {
        return Err(format!(
            "the change at line {line} fetches something itself"
        ));
    }
    Ok(())
}
