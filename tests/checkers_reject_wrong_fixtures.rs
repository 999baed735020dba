//! Proves that every checker can fail: `tests/fixtures/` holds a book and
//! listings that are wrong in each way the checks look for, plus one right
//! listing of each kind as a control. Each wrong one must be rejected with
//! the reason named here, and each control must pass.

use interior_mutability_book::{Project, suite};
use libtest_mimic::{Arguments, Trial};

/// Check name, and a piece of the reason it must give; `None` for a control
/// that must pass.
const EXPECTED: &[(&str, Option<&str>)] = &[
    ("runs::right-output", None),
    ("runs::prints-something-else", Some("stdout differs")),
    (
        "runs::panics-instead",
        Some("expected to run to completion"),
    ),
    ("runs::shown-nowhere", None),
    ("runs::edition-2021-unmarked", None),
    (
        "runs::compiles-with-a-warning",
        Some("it must build without an error or a warning"),
    ),
    ("panics::right-message", None),
    ("panics::another-message", Some("the panic message differs")),
    ("panics::does-not-panic", Some("expected a panic")),
    ("does-not-compile::right-code", None),
    (
        "does-not-compile::compiles-after-all",
        Some("but it compiled"),
    ),
    (
        "does-not-compile::wrong-error-code",
        Some("the book says it fails with [\"E0502\"], but the compiler reports [\"E0499\"]"),
    ),
    (
        "does-not-compile::typo",
        Some("the compiler reports [\"E0425\"]"),
    ),
    (
        "does-not-compile::syntax-error",
        Some("an error that has no code"),
    ),
    (
        "does-not-compile::claims-no-code",
        Some(
            "the book says it fails with an error that has no code, but the compiler reports [\"E0502\"]",
        ),
    ),
    ("hangs::blocks-forever", None),
    (
        "hangs::exits-at-once",
        Some("expected to hang, but it exited"),
    ),
    ("rejected-by-miri::mutates-through-shared", None),
    ("benches::right-bench", None),
    (
        "benches::panics-when-run",
        Some("expected criterion's test mode to run every benchmark once and exit 0"),
    ),
    (
        "rejected-by-miri::sound-after-all",
        Some("expected Miri to report undefined behaviour"),
    ),
    (
        "listings::declared",
        Some("undeclared.rs: not a binary of package `wrong-listings`"),
    ),
    (
        "book::summary",
        Some("orphan.md: a page SUMMARY.md does not list"),
    ),
    ("book::includes-resolve", Some("names anchor `mian`")),
    (
        "book::fences-show-listings",
        Some("not code typed into the chapter"),
    ),
    (
        "book::every-listing-shown",
        Some("listing `shown-nowhere` is shown in no chapter"),
    ),
    (
        "book::commands-name-listings",
        Some("`--bin no-such-listing` names no listing"),
    ),
    ("book::mdbook-build-is-clean", Some("ERROR")),
    (
        "book::captions-and-playground",
        Some("listing `right-output` needs a caption line `*Listing: ...*`"),
    ),
    (
        "book::links-resolve",
        Some("link `missing-page.html` leads to no page"),
    ),
];

/// Further reasons a check must give (one check can find several problems).
const ALSO: &[(&str, &str)] = &[
    (
        "listings::declared",
        "binary `outside-kind-folder` (tests/fixtures/wrong-listings/tools/outside-kind-folder.rs) is not in a kind folder",
    ),
    (
        "book::fences-show-listings",
        "listing `panics-when-run` is a benches listing; its fence needs `no_run`",
    ),
    (
        "book::commands-name-listings",
        "`panics-when-run` is a benches listing; the command is `cargo bench -p wrong-listings --bench panics-when-run`",
    ),
    (
        "book::captions-and-playground",
        "`right-message:main` is captioned twice",
    ),
    (
        "book::captions-and-playground",
        "a listing number typed by hand",
    ),
    (
        "book::captions-and-playground",
        "`{{#listing no-such-listing}}` names no captioned listing",
    ),
    (
        "book::captions-and-playground",
        "`blocks-forever` needs `noplayground`",
    ),
    (
        "book::captions-and-playground",
        "`noplayground` on `prints-something-else`, which the playground can run",
    ),
    (
        "book::links-resolve",
        "link `chapter.html#no-such-heading` names no element of that page",
    ),
    (
        "book::fences-show-listings",
        "`edition-2021-unmarked` compiles with edition 2021; its fence needs `edition2021`",
    ),
    ("book::includes-resolve", "names a file that does not exist"),
    ("book::fences-show-listings", "a fence without a language"),
    (
        "book::fences-show-listings",
        "listing `another-message` is a panics listing; its fence needs `should_panic`",
    ),
    (
        "book::fences-show-listings",
        "`no_run` on listing `right-output`, which is a runs listing",
    ),
    (
        "book::fences-show-listings",
        "give the error code(s) of `compiles-after-all`",
    ),
    (
        "book::every-listing-shown",
        "shows listing `right-output` but not the command",
    ),
    (
        "book::commands-name-listings",
        "`right-message` is a panics listing; the command is",
    ),
];

fn main() {
    let arguments = Arguments::from_args();
    let mut checks = suite::checks(&Project::wrong_fixtures());
    let mut trials = Vec::new();
    for (name, reason) in EXPECTED {
        let position = checks.iter().position(|check| check.name == *name);
        let run = position.map(|at| checks.remove(at).run);
        let also: Vec<&str> = ALSO
            .iter()
            .filter(|(check, _)| check == name)
            .map(|(_, r)| *r)
            .collect();
        trials.push(Trial::test(format!("rejects::{name}"), move || {
            let run = run.ok_or("no such check was produced for the fixtures")?;
            match (run(), reason) {
                (Ok(()), None) => Ok(()),
                (Err(problem), None) => {
                    Err(format!("the control must pass, but: {problem}").into())
                }
                (Ok(()), Some(_)) => Err("the checker accepted a wrong fixture".into()),
                (Err(problem), Some(reason)) => {
                    for wanted in std::iter::once(*reason).chain(also) {
                        if !problem.contains(wanted) {
                            return Err(
                                format!("rejected, but not for `{wanted}`:\n{problem}").into()
                            );
                        }
                    }
                    Ok(())
                }
            }
        }));
    }
    let unlisted: Vec<String> = checks.into_iter().map(|check| check.name).collect();
    trials.push(Trial::test("every-fixture-check-is-listed", move || {
        if unlisted.is_empty() {
            Ok(())
        } else {
            Err(format!("checks with no expectation: {unlisted:?}").into())
        }
    }));
    libtest_mimic::run(&arguments, trials).exit();
}
