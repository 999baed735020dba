//! Every listing that runs, panics or hangs, run again under Miri, which
//! reports undefined behaviour, data races and deadlocks. Slow, so its trials
//! are ignored by a plain `cargo test`; `.ci/run` runs them with
//! `cargo test --test miri -- --ignored`, on the nightly pinned in
//! `nightly-toolchain.toml` (the trial `miri::pinned-nightly` says how to
//! install it if it is missing).
//!
//! - runs: exits 0 and prints exactly its `.stdout` (a listing that leaks on
//!   purpose instead makes Miri report the leak);
//! - panics: exits 101 with the message of its `.stderr`;
//! - hangs: Miri reports the deadlock, after printing its `.stdout`.

use interior_mutability_book::listings::{self, Kind, Listing};
use interior_mutability_book::{Project, nightly, verdict};
use libtest_mimic::{Arguments, Trial};

/// Listings Miri cannot run, each with the reason. This is the only list.
const NOT_UNDER_MIRI: &[(&str, &str)] = &[(
    "ch05-oncelock-others-wait",
    "it reads Linux's /proc to see a thread blocked in a futex wait; under Miri \
     there is no /proc to read (isolation) and no futex system call to see",
)];

/// Listings that leak memory on purpose, to show a leak: Miri must report
/// it ("memory leaked") after the program printed its `.stdout`.
const LEAK_ON_PURPOSE: &[&str] = &["ch02-rc-cycle-leaks"];

fn panic_message(expected: &str) -> String {
    expected
        .lines()
        .skip_while(|line| !line.contains("panicked at"))
        .skip(1)
        .take_while(|line| !line.starts_with("note: run with"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(listing: &Listing) -> Result<(), String> {
    let (status, stdout, stderr) = verdict::run_under_miri(listing)?;
    let read = |extension: &str| {
        std::fs::read_to_string(listing.source.with_extension(extension)).unwrap_or_default()
    };
    let report = |what: &str| format!("{what}; Miri ended with {status:?}:\n{stdout}{stderr}");
    let leaks = LEAK_ON_PURPOSE.contains(&listing.name.as_str());
    match listing.kind {
        Kind::Runs if leaks && !stderr.contains("memory leaked") => {
            Err(report("expected Miri to report the leak the listing shows"))
        }
        Kind::Runs if !leaks && status != Some(0) => Err(report("expected a clean run")),
        Kind::Runs if stdout != read("stdout") => {
            Err(report("stdout differs from the .stdout file"))
        }
        Kind::Panics if status != Some(101) => Err(report("expected a panic")),
        Kind::Panics if !stderr.contains(&panic_message(&read("stderr"))) => {
            Err(report("the panic message differs from the .stderr file"))
        }
        Kind::Hangs if !stderr.contains("deadlock") => {
            Err(report("expected Miri to report a deadlock"))
        }
        Kind::Hangs if stdout != read("stdout") => {
            Err(report("stdout differs from the .stdout file"))
        }
        _ => Ok(()),
    }
}

fn main() {
    let arguments = Arguments::from_args();
    // Declaration problems are reported by `tests/book.rs`; here, every
    // well-declared listing gets its run under Miri.
    let (found, _) = listings::discover(&Project::book());
    let trials = found
        .into_iter()
        .filter(|listing| matches!(listing.kind, Kind::Runs | Kind::Panics | Kind::Hangs))
        .filter(|listing| !NOT_UNDER_MIRI.iter().any(|(name, _)| *name == listing.name))
        .map(|listing| {
            Trial::test(
                format!("miri::{}::{}", listing.kind, listing.name),
                move || check(&listing).map_err(Into::into),
            )
            .with_ignored_flag(true)
        })
        .chain(std::iter::once(
            Trial::test("miri::pinned-nightly", || {
                nightly::ready().map(|_| ()).map_err(Into::into)
            })
            .with_ignored_flag(true),
        ))
        .collect();
    libtest_mimic::run(&arguments, trials).exit();
}
