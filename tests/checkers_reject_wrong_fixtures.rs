//! Proves that every checker can fail: `tests/fixtures/` holds a book and
//! listings that are wrong in each way the checks look for, plus one right
//! listing of each kind as a control. Each wrong one must be rejected with
//! the reason named here, and each control must pass.

use interior_mutability_book::{Project, nightly, suite};
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
    ("runs::orders-by-sleep", None),
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
    (
        "hangs::prints-then-sleeps",
        Some("not blocked for good: thread"),
    ),
    ("hangs::spins", Some("it spins instead of blocking")),
    ("rejected-by-miri::mutates-through-shared", None),
    (
        "rejected-by-miri::mutates-through-shared::tree-borrows",
        None,
    ),
    ("rejected-by-miri::tree-borrows-report-wrong", None),
    (
        "rejected-by-miri::tree-borrows-report-wrong::tree-borrows",
        Some("Miri's report under Tree Borrows differs"),
    ),
    ("rejected-by-miri::accepted-by-tree-borrows", None),
    (
        "rejected-by-miri::accepted-by-tree-borrows::tree-borrows",
        None,
    ),
    (
        "rejected-by-miri::sound-after-all::tree-borrows",
        Some("sound-after-all.tree-borrows.stdout is missing"),
    ),
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
    ("nightly::pinned", None),
    (
        "book::theme-is-mdbooks-plus-one-change",
        Some(
            "wrong-book/theme/book.js: line 28 differs from mdBook's, and the change there does not start with",
        ),
    ),
    (
        "nightly::named-alike",
        Some("README.md:3: names `nightly-2024-01-01`, but nightly-toolchain.toml pins"),
    ),
    (
        "book::captions-and-playground",
        Some("listing `right-output` needs a caption line `*Listing: ...*`"),
    ),
    (
        "book::links-resolve",
        Some("link `missing-page.html` leads to no page"),
    ),
    (
        "book::listings-do-not-time-threads",
        Some("orders-by-sleep.rs:8: `sleep` in a runs listing"),
    ),
    (
        "book::quoted-messages-have-snapshots",
        Some("quotes `a line nobody prints`, which no listing's .stdout or .stderr holds"),
    ),
    (
        "book::apis-checked-against-1-95",
        Some("api-status.txt:5: `Cell::update` is stable since 1.88.0 (core/src/cell.rs:"),
    ),
    (
        "listings::fix-links",
        Some("tests/fixtures/wrong-listings/panics/another-message.fix is missing"),
    ),
    (
        "book::provenance",
        Some(
            "provenance.toml: stable is `rustc 1.80.0 (051478957 2024-07-21)`, but rust-toolchain.toml pins 1.95.0",
        ),
    ),
    (
        "book::questions",
        Some("`{{#question no-such-listing}}` names no listing"),
    ),
    (
        "book::diagrams",
        Some("`{{#diagram no-such-diagram}}` names no file"),
    ),
    (
        "book::method-tables",
        Some(
            "`RefCell::try_borrow` (stable 1.13, core/src/cell.rs:1158) has no row; no listing calls it yet",
        ),
    ),
];

/// Further reasons a check must give (one check can find several problems).
const ALSO: &[(&str, &str)] = &[
    (
        "nightly::named-alike",
        "README.md:5: `+nightly` names whatever nightly is installed; name the pinned `nightly-",
    ),
    (
        "book::apis-checked-against-1-95",
        "api-status.txt:6: `OnceLock::get_or_try_init` is unstable, tracking issue 109737",
    ),
    (
        "book::apis-checked-against-1-95",
        "api-status.txt:7: `LazyLock::from` is stable only since 1.96 (std/src/sync/lazy_lock.rs:",
    ),
    (
        "book::apis-checked-against-1-95",
        "api-status.txt:8: `Mutex::lock` has several definitions",
    ),
    (
        "book::apis-checked-against-1-95",
        "api-status.txt:9: `Cell::new` is not const-stable since 1.2",
    ),
    (
        "book::apis-checked-against-1-95",
        "api-status.txt:10: no stable or unstable `Cell::no_such_method` in the std source",
    ),
    (
        "book::apis-checked-against-1-95",
        "api-status.txt:11: `Cell::get` is named nowhere in the book",
    ),
    (
        "book::apis-checked-against-1-95",
        "`&RefCell<T>` names the std API `RefCell`, which tests/fixtures/wrong-book/api-status.txt does not list",
    ),
    (
        "book::apis-checked-against-1-95",
        "`RefCell::try_borrow` names the std API `RefCell::try_borrow`",
    ),
    (
        "book::apis-checked-against-1-95",
        "`std::sync::nonpoison::Mutex::new` names `Mutex::new` in module `sync::nonpoison`, but its row means the one in std/src/sync/poison/mutex.rs",
    ),
    (
        "book::listings-do-not-time-threads",
        "orders-by-sleep.rs:13: `// allow-timing:` needs a reason",
    ),
    (
        "book::quoted-messages-have-snapshots",
        "quotes `error: a message from nowhere`",
    ),
    (
        "book::quoted-messages-have-snapshots",
        "quotes `RefCell already mutably borrowed`",
    ),
    (
        "book::quoted-messages-have-snapshots",
        "`data-release=\"1.95\"` must name a release before 1.95",
    ),
    (
        "listings::fix-links",
        "holding one line: the name of the listing (of kind runs) that fixes it",
    ),
    (
        "listings::fix-links",
        "exits-at-once.fix: names `right-message`, a panics listing; a fix must be a listing that runs",
    ),
    (
        "listings::fix-links",
        "blocks-forever.fix: names `no-such-listing`, which is no listing",
    ),
    (
        "listings::fix-links",
        "prints-something-else.fix: `prints-something-else` is a runs listing; only a failing listing has a fix",
    ),
    ("book::provenance", "but the tests ran with"),
    (
        "book::questions",
        "`{{#question another-message | WHY}}` needs a one-line reason after `|`",
    ),
    (
        "book::questions",
        "`{{#question shown-nowhere}}`: show the listing in a fence above the question",
    ),
    ("book::diagrams", "loads-a-picture.svg: shown in no chapter"),
    ("book::diagrams", "needs role=\"img\""),
    ("book::diagrams", "needs a <desc>"),
    ("book::diagrams", "loads an image"),
    (
        "book::diagrams",
        "loads or links something from another host",
    ),
    ("book::diagrams", "types a colour"),
    (
        "book::diagrams",
        "data-listings names `no-such-listing`, which is no listing",
    ),
    (
        "book::fences-show-listings",
        "wrong-book/src/part.md:4: a Rust fence must hold exactly one",
    ),
    (
        "book::fences-show-listings",
        "wrong-book/src/part.md:10: a Rust fence must hold exactly one",
    ),
    (
        "book::fences-show-listings",
        "wrong-book/src/part.md:17: a Rust fence must hold exactly one",
    ),
    (
        "hangs::prints-then-sleeps",
        "is sleeping for a set time (`nanosleep`)",
    ),
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
    (
        "book::method-tables",
        "`Cell::new` (stable 1.0, core/src/cell.rs:414) has no row; listings that call it: sound-after-all; add to the `Cell` table under `## Methods at a glance`: | `Cell::new` | `fn new(value: T) -> Cell<T>` | NEEDS | CAN FAIL | {{#listing sound-after-all}} |",
    ),
    (
        "book::method-tables",
        "chapter.md:334: listing `sound-after-all` does not call `Cell::replace` (no `.replace(` or `Cell::replace(` in its code)",
    ),
    (
        "book::method-tables",
        "chapter.md:335: `Cell::no_such_method` is no public method of an impl of `Cell` in core/src/cell.rs",
    ),
    (
        "book::method-tables",
        "chapter.md:336: `Cell::from` is a method of the trait `From`",
    ),
    (
        "book::method-tables",
        "chapter.md:337: `Cell::set` has a row already, at tests/fixtures/wrong-book/src/chapter.md:333; keep one",
    ),
    (
        "book::method-tables",
        "chapter.md:338: the Signature cell must be a code span declaring `fn swap`, such as `fn swap(&self, other: &Self)`",
    ),
    (
        "book::method-tables",
        "chapter.md:339: the Can fail cell must start with `never`",
    ),
    (
        "book::method-tables",
        "chapter.md:339: `{{#listing no-such-listing}}` names no listing",
    ),
    (
        "book::method-tables",
        "chapter.md:347: `OnceCell::get_or_try_init` is unstable, tracking issue 109737",
    ),
    (
        "book::method-tables",
        "chapter.md:348: `AtomicUsize::compare_and_swap` in the table of `OnceCell`; give each type a table of its own",
    ),
    (
        "book::method-tables",
        "chapter.md:348: `AtomicUsize::compare_and_swap` is deprecated since 1.50.0",
    ),
    (
        "book::method-tables",
        "chapter.md:350: a table under `## Methods at a glance` needs exactly the header `| Method | Signature | Needs | Can fail | Shown in |`",
    ),
];

/// Reasons a check must not give: the right cases beside the wrong ones
/// (a rule that rejected them would have false positives).
const NEVER: &[(&str, &str)] = &[
    ("book::apis-checked-against-1-95", "api-status.txt:2:"),
    ("book::apis-checked-against-1-95", "api-status.txt:3:"),
    ("book::apis-checked-against-1-95", "api-status.txt:4:"),
    ("book::apis-checked-against-1-95", "`std::sync::Mutex::new`"),
    ("book::apis-checked-against-1-95", "MyCell"),
    ("book::apis-checked-against-1-95", "tokio"),
    ("book::apis-checked-against-1-95", "BorrowError"),
    ("book::quoted-messages-have-snapshots", "(4711)"),
    ("book::quoted-messages-have-snapshots", "the right output"),
    ("book::quoted-messages-have-snapshots", "BorrowMutError"),
    ("book::quoted-messages-have-snapshots", "BorrowError"),
    ("book::quoted-messages-have-snapshots", "RefCell::borrow"),
    (
        "book::quoted-messages-have-snapshots",
        "`the right message`",
    ),
    ("book::method-tables", "`Cell::set` (stable"),
    ("book::method-tables", "`RefCell::borrow_mut`"),
    ("book::method-tables", "chapter.md:333:"),
];

/// The Costs chapter's checks (tests/costs.rs) over `tests/fixtures/costs/`:
/// a hand-edited table, a claim the data contradicts, a link to a missing
/// row; and the renderer's own fixture as the control that passes.
fn costs_trials() -> Vec<Trial> {
    use costs_report::check::{claims_hold, linked_rows_exist, rerender_matches};
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("tests/fixtures/costs");
    let control = root.join("tools/costs-report/tests/fixture");
    let chapter =
        std::fs::read_to_string(fixtures.join("chapter-with-claims.md")).unwrap_or_default();
    let expect = |problems: Vec<String>,
                  wanted: Option<&str>|
     -> Result<(), libtest_mimic::Failed> {
        let all = problems.join("\n");
        match wanted {
            None if problems.is_empty() => Ok(()),
            None => Err(format!("the control must pass, but: {all}").into()),
            Some(_) if problems.is_empty() => Err("the checker accepted a wrong fixture".into()),
            Some(wanted) if all.contains(wanted) => Ok(()),
            Some(wanted) => Err(format!("rejected, but not for `{wanted}`:\n{all}").into()),
        }
    };
    let (f1, f2, f3, c1, c2, c3) = (
        fixtures.join("hand-edited"),
        fixtures.join("contradicted"),
        fixtures.join("contradicted"),
        control.clone(),
        control.clone(),
        control,
    );
    let (ch1, ch2, ch3, ch4) = (chapter.clone(), chapter.clone(), chapter.clone(), chapter);
    vec![
        Trial::test("rejects::costs::tables-rerender", move || {
            expect(
                rerender_matches(&f1),
                Some("read.md: differs from what the committed results render (first at line 8)"),
            )
        }),
        Trial::test("rejects::costs::tables-rerender-control", move || {
            expect(rerender_matches(&c1), None)
        }),
        Trial::test("rejects::costs::claims-hold", move || {
            expect(
                claims_hold(&ch1, &f2),
                Some(
                    "claim `oncelock-beats-mutex-option`: the data contradicts \"`OnceLock::get_or_init` is faster than a `Mutex<Option<T>>`\"",
                ),
            )
        }),
        Trial::test("rejects::costs::claims-hold-only-that-claim", move || {
            let problems = claims_hold(&ch2, &f3);
            if problems.len() == 1 {
                Ok(())
            } else {
                Err(format!("expected one problem: {problems:?}").into())
            }
        }),
        Trial::test("rejects::costs::claims-hold-control", move || {
            expect(claims_hold(&ch3, &c2), None)
        }),
        Trial::test("rejects::costs::linked-rows-exist", move || {
            expect(
                linked_rows_exist(&ch4, &c3),
                Some(
                    "the chapter links to the row `#read-no-such-row`, which no generated table has",
                ),
            )
        }),
    ]
}

fn main() {
    let mut arguments = Arguments::from_args();
    suite::twice_as_many_threads_as_cores(&mut arguments);
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
        let never: Vec<&str> = NEVER
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
                    for unwanted in never {
                        if problem.contains(unwanted) {
                            return Err(format!(
                                "rejected a right case too (`{unwanted}`):\n{problem}"
                            )
                            .into());
                        }
                    }
                    Ok(())
                }
            }
        }));
    }
    // Pin files naming a nightly this machine cannot have, or a release
    // other than the installed one: one message with the install command.
    for (fixture, reason) in [
        (
            "not-installed",
            "toolchain `nightly-1999-01-01` is not installed",
        ),
        (
            "other-release",
            "not `rustc 1.97.0-nightly (0000000aa 2026-05-19)`",
        ),
    ] {
        trials.push(Trial::test(
            format!("rejects::nightly::{fixture}"),
            move || {
                let file = Project::wrong_fixtures()
                    .root
                    .join(format!("tests/fixtures/wrong-nightly/{fixture}.toml"));
                let pin = nightly::Pin::read(&file)?;
                match pin.check() {
                    Ok(()) => Err("the checker accepted a wrong pin".into()),
                    Err(problem)
                        if problem.contains(reason) && problem.contains(&pin.install_command()) =>
                    {
                        Ok(())
                    }
                    Err(problem) => {
                        Err(format!("rejected, but not for `{reason}`:\n{problem}").into())
                    }
                }
            },
        ));
    }
    // What a hang's thread may be waiting in (x86_64 numbers, as in
    // /proc/PID/task/TID/syscall): only a wait that no timer ends.
    if cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        for (case, syscall, blocked) in [
            (
                "futex-untimed",
                "202 0x7ffd 0x89 0x2 0x0 0x0 0xffffffff 0x7ffd 0x7f00",
                true,
            ),
            (
                "futex-timed",
                "202 0x7ffd 0x89 0x2 0x7ffc10 0x0 0xffffffff 0x7ffd 0x7f00",
                false,
            ),
            (
                "futex-wake",
                "202 0x7ffd 0x81 0x1 0x0 0x0 0x0 0x7ffd 0x7f00",
                false,
            ),
            (
                "epoll-forever",
                "232 0x3 0x55d0 0x400 0xffffffff 0x0 0x0 0x7ffd 0x7f00",
                true,
            ),
            (
                "epoll-timed",
                "232 0x3 0x55d0 0x400 0x64 0x0 0x0 0x7ffd 0x7f00",
                false,
            ),
            (
                "nanosleep",
                "230 0x0 0x0 0x7ffd 0x7ffd 0x0 0x0 0x7ffd 0x7f00",
                false,
            ),
            ("running", "running", false),
        ] {
            trials.push(Trial::test(
                format!("rejects::hang-wait::{case}"),
                move || match (
                    interior_mutability_book::blocked::wait_without_timer(syscall),
                    blocked,
                ) {
                    (Ok(()), true) | (Err(_), false) => Ok(()),
                    (Ok(()), false) => {
                        Err(format!("accepted `{syscall}` as blocked for good").into())
                    }
                    (Err(why), true) => Err(format!("rejected `{syscall}`: {why}").into()),
                },
            ));
        }
    }
    trials.extend(costs_trials());
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
