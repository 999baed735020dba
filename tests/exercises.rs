//! The exercises (`listings/exercises`), checked the way the reader's
//! checker (`cargo run -p exercises -- check N`) checks them:
//!
//! - every untouched starter fails exactly as its exercise declares (the
//!   error code, the panic's message, blocked past the watchdog, or Miri's
//!   report);
//! - every reference solution passes: it runs to the end and prints its
//!   `.stdout`;
//! - the catalog, the files and the book's pages agree;
//! - fixtures: a starter that does not fail as declared, and a solution
//!   that fails, are both rejected (the wrong listings of `tests/fixtures/`).
//!
//! `tests/book.rs` already checks each starter and solution as a listing of
//! its kind, and `tests/miri.rs` runs the solutions under Miri. The trials
//! that need Miri here are ignored by a plain `cargo test`; `.ci/run` runs
//! them with `cargo test --test exercises -- --ignored`.

use exercises::{EXERCISES, Exercise, Fails, Program, check, fails_as_declared, passes};
use libtest_mimic::{Arguments, Trial};
use std::path::{Path, PathBuf};

fn starter(exercise: &Exercise) -> Result<(), String> {
    let (source, expected) = (exercise.starter_file(), exercise.expected_stdout());
    let outcome = check(&Program {
        package: "exercises",
        bin: exercise.name,
        source: &source,
        expected_stdout: &expected,
        miri: exercise.miri,
        feature: true,
    })?;
    fails_as_declared(exercise.fails, &outcome)
}

fn solution(exercise: &Exercise) -> Result<(), String> {
    let (source, expected) = (exercise.solution_file(), exercise.expected_stdout());
    let bin = exercise.solution_name();
    let outcome = check(&Program {
        package: "exercises",
        bin: &bin,
        source: &source,
        expected_stdout: &expected,
        miri: exercise.miri,
        feature: false,
    })?;
    passes(&outcome)
}

/// Numbers run 1, 2, 3...; each starter sits in its failure's folder and has
/// a solution; every program of the package is one of them; each exercise's
/// page shows its check command and its chapter's page exists.
fn catalog() -> Result<(), String> {
    let mut problems = Vec::new();
    let root = exercises::workspace_root();
    let mut known: Vec<PathBuf> = Vec::new();
    for (index, exercise) in EXERCISES.iter().enumerate() {
        let n = exercise.number;
        if n as usize != index + 1 {
            problems.push(format!("exercise {n} is listed at place {}", index + 1));
        }
        for file in [exercise.starter_file(), exercise.solution_file()] {
            if !file.exists() {
                problems.push(format!("exercise {n}: {} does not exist", file.display()));
            }
            known.push(file);
        }
        let page = std::fs::read_to_string(root.join(exercise.exercise_page)).unwrap_or_default();
        if !page.contains(&format!("cargo run -p exercises -- check {n}\n")) {
            problems.push(format!(
                "exercise {n}: {} does not show `cargo run -p exercises -- check {n}`",
                exercise.exercise_page
            ));
        }
        if !root.join(exercise.chapter_page).exists() {
            problems.push(format!(
                "exercise {n}: no chapter {}",
                exercise.chapter_page
            ));
        }
    }
    let folders = [
        "runs",
        "panics",
        "does-not-compile",
        "hangs",
        "rejected-by-miri",
    ];
    for folder in folders {
        let dir = exercises::package_dir().join(folder);
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "rs") && !known.contains(&path) {
                problems.push(format!(
                    "{} is no exercise's starter or solution",
                    path.display()
                ));
            }
        }
    }
    if EXERCISES.len() < 12 {
        problems.push(format!(
            "{} exercises; the track promises at least 12",
            EXERCISES.len()
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A wrong listing of `tests/fixtures/wrong-listings` checked as a starter
/// declared to fail with `fails`, or (`fails` = `None`) as a solution.
fn fixture(bin: &'static str, folder: &str, fails: Option<Fails>) -> Result<(), String> {
    let dir = exercises::workspace_root()
        .join("tests/fixtures/wrong-listings")
        .join(folder);
    let source = dir.join(format!("{bin}.rs"));
    let expected =
        std::fs::read_to_string(Path::new(&dir).join(format!("{bin}.stdout"))).unwrap_or_default();
    let outcome = check(&Program {
        package: "wrong-listings",
        bin,
        source: &source,
        expected_stdout: &expected,
        miri: false,
        feature: true,
    })?;
    match fails {
        Some(fails) => fails_as_declared(fails, &outcome),
        None => passes(&outcome),
    }
}

/// Fixture trials: (name, the listing, its folder, declared failure or
/// `None` for a solution, whether the verdict must reject it).
const FIXTURES: &[(&str, &str, &str, Option<Fails>, bool)] = &[
    ("solution-control", "right-output", "runs", None, false),
    ("solution-that-panics", "panics-instead", "runs", None, true),
    (
        "solution-prints-other",
        "prints-something-else",
        "runs",
        None,
        true,
    ),
    ("solution-that-hangs", "blocks-forever", "hangs", None, true),
    (
        "starter-control-panic",
        "right-message",
        "panics",
        Some(Fails::Panic("the right message")),
        false,
    ),
    (
        "starter-that-runs",
        "right-output",
        "runs",
        Some(Fails::Panic("")),
        true,
    ),
    (
        "starter-other-panic",
        "another-message",
        "panics",
        Some(Fails::Panic("a message it never prints")),
        true,
    ),
    (
        "starter-control-hang",
        "blocks-forever",
        "hangs",
        Some(Fails::Hang),
        false,
    ),
    (
        "starter-that-exits",
        "exits-at-once",
        "hangs",
        Some(Fails::Hang),
        true,
    ),
    (
        "starter-control-error",
        "right-code",
        "does-not-compile",
        Some(Fails::Error("E0502")),
        false,
    ),
    (
        "starter-other-error",
        "wrong-error-code",
        "does-not-compile",
        Some(Fails::Error("E0502")),
        true,
    ),
    (
        "starter-compiles",
        "compiles-after-all",
        "does-not-compile",
        Some(Fails::Error("E0502")),
        true,
    ),
];

/// `check N --watch` checks again once the starter is saved: the wait ends
/// with the file's new modification time.
fn watch_sees_a_save() -> Result<(), String> {
    use std::time::{Duration, SystemTime};
    let dir = std::env::temp_dir().join(format!("exercises-watch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("starter.rs");
    std::fs::write(&file, "fn main() {}").map_err(|e| e.to_string())?;
    let before = exercises::modified(&file);
    // A save with a time of its own, so that the trial does not depend on
    // the file system's clock resolution.
    let saved = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .and_then(|f| f.set_modified(saved))
        .map_err(|e| e.to_string())?;
    let seen = exercises::wait_for_change(&file, before, Duration::from_millis(1));
    std::fs::remove_dir_all(&dir).map_err(|e| e.to_string())?;
    if before == Some(saved) || seen != Some(saved) {
        return Err(format!(
            "before {before:?}, saved {saved:?}, the wait saw {seen:?}"
        ));
    }
    Ok(())
}

fn main() {
    let mut arguments = Arguments::from_args();
    // Most trials wait: on a watchdog (a hanging starter is given its full
    // 2 s, as the reader's checker gives it) or on cargo's build lock. Run
    // more of them at once than there are cores, unless told otherwise.
    if arguments.test_threads.is_none() {
        arguments.test_threads = Some(8);
    }
    let mut trials = vec![
        Trial::test("exercises::catalog", || catalog().map_err(Into::into)),
        Trial::test("exercises::watch-sees-a-save", || {
            watch_sees_a_save().map_err(Into::into)
        }),
    ];
    for exercise in EXERCISES {
        let needs_miri = exercise.miri;
        trials.push(
            Trial::test(
                format!("exercises::starter::{}", exercise.name),
                move || starter(exercise).map_err(Into::into),
            )
            .with_ignored_flag(needs_miri),
        );
        trials.push(
            Trial::test(
                format!("exercises::solution::{}", exercise.name),
                move || solution(exercise).map_err(Into::into),
            )
            .with_ignored_flag(needs_miri),
        );
    }
    for &(name, bin, folder, fails, wrong) in FIXTURES {
        trials.push(Trial::test(
            format!("exercises::fixture::{name}"),
            move || match (fixture(bin, folder, fails), wrong) {
                (Ok(()), false) | (Err(_), true) => Ok(()),
                (Ok(()), true) => {
                    Err(format!("the checker accepted `{bin}`, which is wrong").into())
                }
                (Err(error), false) => {
                    Err(format!("the checker rejected control `{bin}`: {error}").into())
                }
            },
        ));
    }
    libtest_mimic::run(&arguments, trials).exit();
}
