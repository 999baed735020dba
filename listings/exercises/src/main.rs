//! The reader's checker:
//!   cargo run -p exercises -- list             every exercise and its chapter
//!   cargo run -p exercises -- check N          does my starter pass now?
//!   cargo run -p exercises -- check N --solution   check the reference solution
//!   cargo run -p exercises -- check N --watch  check again on every save
//!   cargo run -p exercises -- solve N          copy the solution over the starter
//! `check` exits 0 when the program passes and 1 when it does not yet.

use exercises::{EXERCISES, Exercise, Outcome, Program, WATCHDOG, check, find, wait_for_change};
use std::process::ExitCode;
use std::time::Duration;

fn usage() -> ExitCode {
    eprintln!(
        "usage: cargo run -p exercises -- list | check N [--solution | --watch] | solve N\n\
         (N is the exercise's number, 1 to {})",
        EXERCISES.len()
    );
    ExitCode::from(2)
}

fn list() -> ExitCode {
    for exercise in EXERCISES {
        println!(
            "{:>2}  {:<40} {}",
            exercise.number, exercise.name, exercise.chapter
        );
    }
    ExitCode::SUCCESS
}

fn explain(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Passes => {
            "it runs to the end and prints what the reference solution prints".into()
        }
        Outcome::DoesNotCompile { codes, first_error } => {
            let codes = if codes.is_empty() {
                "an error without a code".to_string()
            } else {
                codes.join(", ")
            };
            format!("it does not compile yet ({codes}):\n\n{first_error}")
        }
        Outcome::Panics { message } => format!("it still panics:\n\n    {message}\n"),
        Outcome::Blocked {
            stdout,
            deadlock: true,
        } => format!(
            "blocked for good: every thread waits for another (a deadlock). \
             It printed this before it was stopped:\n\n{stdout}"
        ),
        Outcome::Blocked {
            stdout,
            deadlock: false,
        } => format!(
            "still blocked after {} s: a deadlock (or a loop that never ends). \
             It printed this before it stopped:\n\n{stdout}",
            WATCHDOG.as_secs()
        ),
        Outcome::Exits {
            code: Some(code),
            stderr,
        } => format!("it ended with exit code {code}:\n\n{stderr}"),
        Outcome::Exits { code: None, stderr } => {
            format!("it was killed by a signal:\n\n{stderr}")
        }
        Outcome::PrintsOther { expected, actual } => format!(
            "it runs, but prints something other than the reference solution.\n\
             expected:\n{expected}\nprinted:\n{actual}"
        ),
        Outcome::MiriReports { report } => {
            format!("it runs, but Miri reports undefined behaviour:\n\n{report}\n")
        }
        Outcome::MiriDeadlock => "under Miri it deadlocks.".into(),
        Outcome::MiriStops { stderr } => format!("Miri stops it with an error:\n\n{stderr}"),
    }
}

fn check_one(exercise: &Exercise, solution: bool) -> ExitCode {
    let (bin, source) = if solution {
        (exercise.solution_name(), exercise.solution_file())
    } else {
        (exercise.name.to_string(), exercise.starter_file())
    };
    let expected = exercise.expected_stdout();
    let program = Program {
        package: "exercises",
        bin: &bin,
        source: &source,
        expected_stdout: &expected,
        miri: exercise.miri,
        feature: !solution,
    };
    let which = if solution {
        "reference solution of exercise"
    } else {
        "exercise"
    };
    println!(
        "checking {which} {} ({})",
        exercise.number,
        exercises::shown(&source)
    );
    match check(&program) {
        Ok(Outcome::Passes) => {
            let miri = if exercises::goes_under_miri(&program) {
                ", and Miri finds no undefined behaviour"
            } else {
                ""
            };
            println!("PASS: {}{miri}.", explain(&Outcome::Passes));
            ExitCode::SUCCESS
        }
        Ok(outcome) => {
            println!("NOT YET: {}", explain(&outcome));
            println!(
                "Reread \"{}\" ({}); the hint is on {}.",
                exercise.chapter, exercise.chapter_page, exercise.exercise_page
            );
            ExitCode::from(1)
        }
        Err(error) => {
            eprintln!("cannot check: {error}");
            ExitCode::from(2)
        }
    }
}

/// Copies the reference solution over the starter, keeping the starter's
/// anchors so the book still shows it; the reader's version is kept in
/// `target/exercises/`.
fn solve(exercise: &Exercise) -> ExitCode {
    let starter = exercise.starter_file();
    let solution = std::fs::read_to_string(exercise.solution_file()).expect("the solution file");
    let kept = exercises::workspace_root().join("target/exercises");
    let backup = kept.join(format!("{}.rs", exercise.name));
    let saved = std::fs::create_dir_all(&kept)
        .and_then(|()| std::fs::copy(&starter, &backup))
        .and_then(|_| {
            std::fs::write(
                &starter,
                solution
                    .replace("ANCHOR: solution", "ANCHOR: starter")
                    .replace("ANCHOR_END: solution", "ANCHOR_END: starter"),
            )
        });
    match saved {
        Ok(()) => {
            println!(
                "wrote the reference solution into {}\n(your version is in {}; `git checkout -- {}` brings the starter back)\n\
                 now run: cargo run -p exercises -- check {}",
                exercises::shown(&starter),
                exercises::shown(&backup),
                exercises::shown(&starter),
                exercise.number
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot write the solution: {error}");
            ExitCode::from(2)
        }
    }
}

/// Checks the starter, then again each time it is saved, until Ctrl-C.
fn watch(exercise: &Exercise) -> ExitCode {
    let starter = exercise.starter_file();
    let mut seen = exercises::modified(&starter);
    loop {
        check_one(exercise, false);
        println!(
            "\nwatching {}: save it to check again (Ctrl-C stops)",
            exercises::shown(&starter)
        );
        seen = wait_for_change(&starter, seen, Duration::from_millis(300));
        println!();
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let exercise = |number: &str| number.parse().ok().and_then(find);
    match args.as_slice() {
        ["list"] => list(),
        ["check", number, rest @ ..] => match (exercise(number), rest) {
            (Some(exercise), []) => check_one(exercise, false),
            (Some(exercise), ["--solution"]) => check_one(exercise, true),
            (Some(exercise), ["--watch"]) => watch(exercise),
            _ => usage(),
        },
        ["solve", number] => match exercise(number) {
            Some(exercise) => solve(exercise),
            None => usage(),
        },
        _ => usage(),
    }
}
