//! Every check of a project as a named, independent check, so that a test
//! runner can run them in parallel and report each one: one per listing
//! (named `KIND::LISTING`) and one per book-wide rule (named `book::RULE`).

use crate::book::{self, Chapter};
use crate::listings::{self, Kind};
use crate::{Project, cargo, verdict};
use std::sync::Arc;

pub struct Check {
    pub name: String,
    pub run: Box<dyn FnOnce() -> Result<(), String> + Send>,
}

fn check(
    name: impl Into<String>,
    run: impl FnOnce() -> Result<(), String> + Send + 'static,
) -> Check {
    Check {
        name: name.into(),
        run: Box::new(run),
    }
}

fn verdict_of(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A book-wide rule: the problems it finds in the chapters and listings.
type BookRule = fn(&Project, &[Chapter], &[listings::Listing]) -> Vec<String>;

/// Builds what must build, tries what must not, and returns the checks.
pub fn checks(project: &Project) -> Vec<Check> {
    let (found, declaration_problems) = listings::discover(project);
    let (chapters, summary_problems) = book::chapters(project);
    let found = Arc::new(found);
    let chapters: Arc<Vec<Chapter>> = Arc::new(chapters);
    let mut checks = vec![
        check("listings::declared", move || {
            verdict_of(declaration_problems)
        }),
        check("book::summary", move || verdict_of(summary_problems)),
    ];
    let book_rules: [(&str, BookRule); 9] = [
        ("book::captions-and-playground", book::check_captions),
        ("book::includes-resolve", |project, chapters, _| {
            book::check_includes(project, chapters)
        }),
        ("book::fences-show-listings", book::check_fences),
        ("book::every-listing-shown", book::check_shown),
        ("book::commands-name-listings", book::check_commands),
        ("book::questions", crate::questions::check_questions),
        ("book::diagrams", crate::diagrams::check_diagrams),
        ("book::method-tables", crate::method_tables::check),
        ("listings::fix-links", |project, _, listings| {
            crate::fixes::check_fixes(project, listings)
        }),
    ];
    for (name, rule) in book_rules {
        let (project, chapters, found) =
            (project.clone(), Arc::clone(&chapters), Arc::clone(&found));
        checks.push(check(name, move || {
            verdict_of(rule(&project, &chapters, &found))
        }));
    }
    checks.extend(crate::accuracy::checks(project, &chapters, &found));
    let for_links = project.clone();
    checks.push(check("book::links-resolve", move || {
        verdict_of(book::check_links(&for_links))
    }));
    let for_provenance = project.clone();
    checks.push(check("book::provenance", move || {
        verdict_of(crate::provenance::check_provenance(&for_provenance))
    }));
    let for_theme = project.clone();
    checks.push(check("book::theme-is-mdbooks-plus-one-change", move || {
        verdict_of(crate::theme::check_theme(&for_theme))
    }));
    let for_readme = project.clone();
    let chapters_for_readme = chapters.clone();
    checks.push(check("nightly::named-alike", move || {
        verdict_of(crate::nightly::check_named_alike(
            &for_readme,
            &chapters_for_readme,
        ))
    }));
    checks.push(check("nightly::pinned", || {
        crate::nightly::ready().map(|_| ())
    }));
    let for_mdbook = project.clone();
    checks.push(check("book::mdbook-build-is-clean", move || {
        verdict_of(book::check_mdbook_build(&for_mdbook))
    }));

    let executables = cargo::build_runnable(project, &found).map_err(Arc::new);
    let failing: Vec<listings::Listing> = found
        .iter()
        .filter(|listing| listing.kind == Kind::DoesNotCompile)
        .cloned()
        .collect();
    let diagnostics = cargo::diagnose(project, &failing).map_err(Arc::new);

    for listing in found.iter().cloned() {
        let name = format!("{}::{}", listing.kind, listing.name);
        let bless = project.bless;
        if listing.kind == Kind::RejectedByMiri {
            for model in verdict::AliasingModel::ALL {
                let listing = listing.clone();
                checks.push(check(
                    format!("{name}{}", model.check_suffix()),
                    move || verdict::rejected_by_miri_with(&listing, model, bless),
                ));
            }
            continue;
        }
        if listing.kind == Kind::DoesNotCompile {
            let said = diagnostics
                .as_ref()
                .map(|all| all[&listing.name].clone())
                .map_err(Arc::clone);
            let claims = book::claimed_codes(&chapters, &listing, &found);
            checks.push(check(name, move || {
                let said = said.map_err(|error| error.to_string())?;
                verdict::does_not_compile(&listing, &said, &claims, bless)
            }));
            continue;
        }
        let exe = match &executables {
            Ok(built) => built
                .get(&listing.name)
                .cloned()
                .unwrap_or_else(|| Err(format!("cargo built no binary named `{}`", listing.name))),
            Err(error) => Err(error.to_string()),
        };
        checks.push(check(name, move || {
            let exe = exe?;
            match listing.kind {
                Kind::Runs => verdict::runs(&listing, &exe, bless),
                Kind::Panics => verdict::panics(&listing, &exe, bless),
                Kind::Hangs => verdict::hangs(&listing, &exe, bless),
                Kind::Benchmark => verdict::benchmark(&exe),
                Kind::DoesNotCompile | Kind::RejectedByMiri => unreachable!(),
            }
        }));
    }
    checks
}

/// Unless `--test-threads` says otherwise, twice as many trials at once as
/// there are cores: many trials mostly wait on a child process (a hang being
/// watched, Miri, mdbook, cargo), which leaves the cores idle.
pub fn twice_as_many_threads_as_cores(arguments: &mut libtest_mimic::Arguments) {
    if arguments.test_threads.is_none() {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        arguments.test_threads = Some(2 * cores);
    }
}
