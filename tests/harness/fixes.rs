//! The symptom index links each failing listing to the listing that fixes
//! it. That link is declared beside the listing, in `NAME.fix` next to its
//! snapshot: the fixing listing's name, or `none: REASON`. Every panics,
//! does-not-compile, hangs and rejected-by-Miri listing needs one, and a
//! named fix must be a listing that runs.

use crate::Project;
use crate::directives::{self, Fix};
use crate::listings::{Kind, Listing};

fn fails(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Panics | Kind::DoesNotCompile | Kind::Hangs | Kind::RejectedByMiri
    )
}

pub fn check_fixes(project: &Project, listings: &[Listing]) -> Vec<String> {
    let mut problems = Vec::new();
    for listing in listings {
        let sidecar = listing.source.with_extension("fix");
        let shown = project.shown(&sidecar);
        if !fails(listing.kind) {
            if sidecar.exists() {
                problems.push(format!(
                    "{shown}: `{}` is a {} listing; only a failing listing has a fix",
                    listing.name, listing.kind
                ));
            }
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&sidecar) else {
            problems.push(format!(
                "{shown} is missing: `{}` is a {} listing, so the symptom index needs its fix. \
                 Create {shown} holding one line: the name of the listing (of kind runs) that \
                 fixes it, for example `ch02-refcell-borrow-guards`, or `none: REASON` if no \
                 listing shows a fix",
                listing.name, listing.kind
            ));
            continue;
        };
        match directives::parse_fix(&text) {
            Err(error) => problems.push(format!(
                "{shown}: {error}; write the name of a listing that runs, or `none: REASON`"
            )),
            Ok(Fix::None(_)) => {}
            Ok(Fix::Listing(name)) => match listings.iter().find(|other| other.name == name) {
                None => problems.push(format!("{shown}: names `{name}`, which is no listing")),
                Some(fix) if fix.kind != Kind::Runs => problems.push(format!(
                    "{shown}: names `{name}`, a {} listing; a fix must be a listing that runs",
                    fix.kind
                )),
                Some(_) => {}
            },
        }
    }
    problems
}
