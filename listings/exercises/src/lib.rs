//! The exercises and their checker.
//!
//! [`EXERCISES`] lists every exercise: its starter (a program in the folder
//! of the way it fails, as for the book's listings), the way it fails, and
//! the chapter it practises. Its reference solution is `runs/NAME-solution.rs`.
//!
//! [`check`] builds and runs one program the way the reader's checker does
//! (`cargo run -p exercises -- check N`): it reports whether it compiles,
//! panics, stays blocked (a watchdog), runs to the end printing what the
//! reference solution prints, and, where asked, whether Miri finds undefined
//! behaviour. [`fails_as_declared`] and [`passes`] judge the outcome;
//! `tests/exercises.rs` applies them to every starter and every solution.

use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How a starter fails before the reader fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fails {
    /// It does not compile, with this error code (`""`: an error without one).
    Error(&'static str),
    /// It panics with a message that contains this text (an assertion of the
    /// exercise's own test, or a library's panic).
    Panic(&'static str),
    /// It blocks for good: a deadlock.
    Hang,
    /// It runs, but Miri reports undefined behaviour.
    Miri,
}

impl Fails {
    /// The folder of the exercises package that holds such a starter.
    pub fn folder(self) -> &'static str {
        match self {
            Fails::Error(_) => "does-not-compile",
            Fails::Panic(_) => "panics",
            Fails::Hang => "hangs",
            Fails::Miri => "rejected-by-miri",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Exercise {
    pub number: u32,
    /// The starter's binary and file name; the solution's is `NAME-solution`.
    pub name: &'static str,
    pub fails: Fails,
    /// The chapter to reread: its title and its page in `src/`.
    pub chapter: &'static str,
    pub chapter_page: &'static str,
    /// The book's page that shows the exercise, its hint and its solution.
    pub exercise_page: &'static str,
    /// The checker runs it under Miri too (it touches `unsafe` or its
    /// failure is one only Miri sees). A reader's program that contains
    /// `unsafe` goes under Miri whatever this says.
    pub miri: bool,
}

impl Exercise {
    pub fn solution_name(&self) -> String {
        format!("{}-solution", self.name)
    }

    pub fn starter_file(&self) -> PathBuf {
        package_dir()
            .join(self.fails.folder())
            .join(format!("{}.rs", self.name))
    }

    pub fn solution_file(&self) -> PathBuf {
        package_dir()
            .join("runs")
            .join(format!("{}.rs", self.solution_name()))
    }

    /// What the reference solution prints, which a passing program prints too.
    pub fn expected_stdout(&self) -> String {
        std::fs::read_to_string(self.solution_file().with_extension("stdout")).unwrap_or_default()
    }
}

const fn exercise(
    number: u32,
    name: &'static str,
    fails: Fails,
    (chapter, chapter_page, exercise_page): (&'static str, &'static str, &'static str),
) -> Exercise {
    Exercise {
        number,
        name,
        fails,
        chapter,
        chapter_page,
        exercise_page,
        miri: matches!(fails, Fails::Miri),
    }
}

const CELL: (&str, &str, &str) = (
    "Cell: never hand out a reference",
    "src/cell.md",
    "src/exercises/cell.md",
);
const REFCELL: (&str, &str, &str) = (
    "RefCell: borrows counted at run time",
    "src/refcell.md",
    "src/exercises/refcell.md",
);
const THREADS: (&str, &str, &str) = (
    "Crossing threads: Send, Sync, Arc and atomics",
    "src/crossing-threads.md",
    "src/exercises/crossing-threads.md",
);
const MUTEX: (&str, &str, &str) = ("Mutex", "src/mutex.md", "src/exercises/mutex.md");
const RWLOCK: (&str, &str, &str) = ("RwLock", "src/rwlock.md", "src/exercises/rwlock.md");
const ASYNC: (&str, &str, &str) = (
    "Async locks and locks beyond std",
    "src/async-and-beyond.md",
    "src/exercises/async.md",
);
const ONCECELL: (&str, &str, &str) = (
    "OnceCell: mutable only once",
    "src/oncecell.md",
    "src/exercises/oncecell.md",
);
const QCELL: (&str, &str, &str) = (
    "QCell and token cells",
    "src/qcell.md",
    "src/exercises/qcell.md",
);

/// Every exercise, by number.
pub const EXERCISES: &[Exercise] = &[
    exercise(1, "ex01-cell-visit-counter", Fails::Error("E0594"), CELL),
    exercise(
        2,
        "ex02-cell-take-and-put-back",
        Fails::Panic("both items are on the list"),
        CELL,
    ),
    exercise(
        3,
        "ex03-refcell-observer-reenters",
        Fails::Panic("RefCell already borrowed"),
        REFCELL,
    ),
    exercise(
        4,
        "ex04-refcell-cache-miss-in-match",
        Fails::Panic("RefCell already borrowed"),
        REFCELL,
    ),
    exercise(5, "ex05-static-mut-counter", Fails::Miri, THREADS),
    exercise(
        6,
        "ex06-rc-counter-to-threads",
        Fails::Error("E0277"),
        THREADS,
    ),
    exercise(7, "ex07-mutex-transfer-to-same-account", Fails::Hang, MUTEX),
    exercise(8, "ex08-mutex-while-let-serialises", Fails::Hang, MUTEX),
    exercise(9, "ex09-rwlock-reload-while-reading", Fails::Hang, RWLOCK),
    exercise(10, "ex10-async-guard-across-await", Fails::Error(""), ASYNC),
    exercise(
        11,
        "ex11-oncecell-in-static",
        Fails::Error("E0277"),
        ONCECELL,
    ),
    exercise(
        12,
        "ex12-oncecell-set-twice",
        Fails::Panic("called `Result::unwrap()` on an `Err` value"),
        ONCECELL,
    ),
    exercise(
        13,
        "ex13-qcell-swap-two-nodes",
        Fails::Error("E0499"),
        QCELL,
    ),
];

pub fn find(number: u32) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|exercise| exercise.number == number)
}

/// This package's folder.
pub fn package_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace root, where cargo runs.
pub fn workspace_root() -> PathBuf {
    let root = package_dir().join("../..");
    root.canonicalize().unwrap_or(root)
}

/// `path` relative to the workspace root, for messages.
pub fn shown(path: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.strip_prefix(workspace_root())
        .unwrap_or(&path)
        .display()
        .to_string()
}

/// How long a program may run before the watchdog calls it blocked.
pub const WATCHDOG: Duration = Duration::from_secs(2);
/// From how long after its start a program's threads are looked at, to see
/// whether they are deadlocked (Linux).
const SETTLE: Duration = Duration::from_millis(100);

/// What happened when a program was built and run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It ran to the end and printed what the reference solution prints
    /// (and Miri, if it ran, found nothing wrong).
    Passes,
    /// The compiler refused it: the error codes, and the first error as the
    /// compiler rendered it.
    DoesNotCompile {
        codes: Vec<String>,
        first_error: String,
    },
    /// It panicked with this message.
    Panics { message: String },
    /// It was still running when the watchdog stopped it: `deadlock` when
    /// every thread was seen blocked for good (Linux, see
    /// `tools/process-blocked`), before the watchdog's time was up.
    Blocked { stdout: String, deadlock: bool },
    /// It ended with another exit code (or a signal: `None`).
    Exits { code: Option<i32>, stderr: String },
    /// It ran to the end but printed something else.
    PrintsOther { expected: String, actual: String },
    /// Miri reported undefined behaviour (the report's first lines).
    MiriReports { report: String },
    /// Miri reported a deadlock.
    MiriDeadlock,
    /// Miri stopped the program with another error (a memory leak, an
    /// operation it does not support): its whole output.
    MiriStops { stderr: String },
}

/// The program to check: a binary of a package in the workspace.
pub struct Program<'a> {
    pub package: &'a str,
    pub bin: &'a str,
    /// Its source, to look for `unsafe`.
    pub source: &'a Path,
    /// What it must print to pass.
    pub expected_stdout: &'a str,
    /// Run it under Miri as well.
    pub miri: bool,
    /// Enable the package's `does-not-compile` feature (a starter that must
    /// fail to compile is a binary that requires it).
    pub feature: bool,
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(workspace_root());
    command
}

fn feature_args(program: &Program) -> Vec<String> {
    if program.feature {
        vec![
            "--features".into(),
            format!("{}/does-not-compile", program.package),
        ]
    } else {
        Vec::new()
    }
}

/// Builds the program; its executable, or what the compiler refused.
fn build(program: &Program) -> Result<Result<PathBuf, Outcome>, String> {
    let output = cargo()
        .args(["build", "--quiet", "--message-format=json"])
        .args(["-p", program.package, "--bin", program.bin])
        .args(feature_args(program))
        .stderr(Stdio::piped())
        .output()
        .map_err(|error| format!("cannot run cargo build: {error}"))?;
    let mut codes = Vec::new();
    let mut first_error = String::new();
    let mut executable = None;
    for line in output.stdout.split(|byte| *byte == b'\n') {
        let Ok(message) = serde_json::from_slice::<Value>(line) else {
            continue;
        };
        if message["target"]["name"] != program.bin {
            continue;
        }
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                executable = message["executable"].as_str().map(PathBuf::from);
            }
            Some("compiler-message") if message["message"]["level"] == "error" => {
                let diagnostic = &message["message"];
                if let Some(code) = diagnostic["code"]["code"].as_str() {
                    codes.push(code.to_string());
                }
                let text = diagnostic["message"].as_str().unwrap_or_default();
                if first_error.is_empty() && !text.starts_with("aborting due to") {
                    first_error = diagnostic["rendered"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string();
                }
            }
            _ => {}
        }
    }
    if let Some(executable) = executable {
        return Ok(Ok(executable));
    }
    if first_error.is_empty() {
        return Err(format!(
            "cargo built nothing for `{}`:\n{}",
            program.bin,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    codes.sort();
    codes.dedup();
    Ok(Err(Outcome::DoesNotCompile { codes, first_error }))
}

fn collect(mut pipe: impl Read + Send + 'static) -> (Arc<Mutex<Vec<u8>>>, thread::JoinHandle<()>) {
    let buffer = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&buffer);
    let reader = thread::spawn(move || {
        let mut chunk = [0u8; 4096];
        while let Ok(read @ 1..) = pipe.read(&mut chunk) {
            sink.lock().unwrap().extend_from_slice(&chunk[..read]);
        }
    });
    (buffer, reader)
}

/// The panic's message: the lines after `panicked at FILE:LINE:COL:`.
pub fn panic_message(stderr: &str) -> String {
    stderr
        .lines()
        .skip_while(|line| !line.contains("panicked at"))
        .skip(1)
        .take_while(|line| !line.starts_with("note: "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs the executable under the watchdog.
fn run(exe: &Path, expected_stdout: &str) -> Result<Outcome, String> {
    let mut child = Command::new(exe)
        .current_dir(workspace_root())
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot start {}: {error}", exe.display()))?;
    let (stdout, out_reader) = collect(child.stdout.take().unwrap());
    let (stderr, err_reader) = collect(child.stderr.take().unwrap());
    let started = Instant::now();
    let mut deadlock = false;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|error| error.to_string())? {
            break Some(status);
        }
        // Every thread asleep in a wait that no timer ends is a deadlock:
        // no need to wait for the watchdog.
        deadlock = started.elapsed() >= SETTLE
            && process_blocked::can_check()
            && process_blocked::blocked_for_good(child.id()).is_ok()
            && child.try_wait().ok().flatten().is_none();
        if deadlock || started.elapsed() >= WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(10));
    };
    let _ = (out_reader.join(), err_reader.join());
    let text = |buffer: &Arc<Mutex<Vec<u8>>>| {
        String::from_utf8_lossy(&buffer.lock().unwrap()).into_owned()
    };
    let (stdout, stderr) = (text(&stdout), text(&stderr));
    let Some(status) = status else {
        return Ok(Outcome::Blocked { stdout, deadlock });
    };
    Ok(match status.code() {
        Some(0) if stdout == expected_stdout => Outcome::Passes,
        Some(0) => Outcome::PrintsOther {
            expected: expected_stdout.to_string(),
            actual: stdout,
        },
        Some(101) if stderr.contains("panicked at") => Outcome::Panics {
            message: panic_message(&stderr),
        },
        code => Outcome::Exits { code, stderr },
    })
}

/// The nightly that Miri runs on: the one `nightly-toolchain.toml` pins (as
/// the book's tests use it), or `BOOK_NIGHTLY` if set; `nightly` if the pin
/// cannot be read.
pub fn pinned_nightly() -> String {
    if let Ok(channel) = std::env::var("BOOK_NIGHTLY")
        && !channel.is_empty()
    {
        return channel;
    }
    std::fs::read_to_string(workspace_root().join("nightly-toolchain.toml"))
        .ok()
        .and_then(|text| {
            text.lines()
                .filter_map(|line| line.trim().strip_prefix("channel"))
                .filter_map(|rest| rest.trim_start().strip_prefix('='))
                .map(|value| value.trim().trim_matches('"').to_string())
                .next()
        })
        .unwrap_or_else(|| "nightly".to_string())
}

/// Runs the program under Miri (`cargo miri` of the pinned nightly).
fn run_under_miri(program: &Program) -> Result<Outcome, String> {
    let nightly = pinned_nightly();
    let output = Command::new("cargo")
        .current_dir(workspace_root())
        .arg(format!("+{nightly}"))
        .args(["miri", "run", "--quiet"])
        .args(["-p", program.package, "--bin", program.bin])
        .args(feature_args(program))
        .env("RUST_BACKTRACE", "0")
        // A target directory of its own: `cargo test` runs Miri with another
        // sysroot (target/miri-sysroot) in target/miri, and the two must not
        // reuse each other's builds (the dependencies would not link).
        .env(
            "CARGO_TARGET_DIR",
            workspace_root().join("target/exercises/miri-target"),
        )
        // `cargo run` sets it to the pinned stable toolchain; Miri needs nightly.
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("CARGO")
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("cannot run Miri: {error}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("no such command: `miri`") || stderr.contains("is not installed") {
        return Err(format!(
            "Miri is not installed; run `rustup toolchain install {nightly} --profile minimal -c miri -c rust-src`:\n{stderr}"
        ));
    }
    if let Some(start) = stderr.find("error: Undefined Behavior") {
        let report: Vec<&str> = stderr[start..].lines().take(5).collect();
        return Ok(Outcome::MiriReports {
            report: report.join("\n"),
        });
    }
    if stderr.contains("deadlock") {
        return Ok(Outcome::MiriDeadlock);
    }
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    Ok(match output.status.code() {
        Some(0) if stdout == program.expected_stdout => Outcome::Passes,
        Some(0) => Outcome::PrintsOther {
            expected: program.expected_stdout.to_string(),
            actual: stdout,
        },
        Some(101) if stderr.contains("panicked at") => Outcome::Panics {
            message: panic_message(&stderr),
        },
        _ => Outcome::MiriStops {
            stderr: stderr.into_owned(),
        },
    })
}

/// Whether the checker runs the program under Miri too: its exercise asks
/// for Miri, or its source holds the word `unsafe` (anywhere, a comment
/// too).
pub fn goes_under_miri(program: &Program) -> bool {
    program.miri
        || std::fs::read_to_string(program.source).is_ok_and(|source| source.contains("unsafe"))
}

/// Builds and runs the program, then runs it under Miri if it
/// [goes under Miri](goes_under_miri) and passed. An exercise that asks for
/// Miri goes under Miri after a panic too: its data race can break an
/// assertion in a native run (rarely), and Miri then names the cause.
pub fn check(program: &Program) -> Result<Outcome, String> {
    let exe = match build(program)? {
        Ok(exe) => exe,
        Err(refused) => return Ok(refused),
    };
    let outcome = run(&exe, program.expected_stdout)?;
    match outcome {
        Outcome::Passes if goes_under_miri(program) => run_under_miri(program),
        Outcome::Panics { .. } if program.miri => match run_under_miri(program)? {
            found @ (Outcome::MiriReports { .. } | Outcome::MiriDeadlock) => Ok(found),
            _ => Ok(outcome),
        },
        _ => Ok(outcome),
    }
}

/// When `file` was last modified (`None` if it cannot be read).
pub fn modified(file: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(file)
        .and_then(|meta| meta.modified())
        .ok()
}

/// Waits until `file`'s modification time differs from `seen`, looking every
/// `poll` (a save of the file changes it), and returns the new time. Polling
/// needs no watcher crate, and a third of a second is soon enough after a
/// save.
pub fn wait_for_change(
    file: &Path,
    seen: Option<std::time::SystemTime>,
    poll: Duration,
) -> Option<std::time::SystemTime> {
    loop {
        let now = modified(file);
        if now != seen {
            return now;
        }
        std::thread::sleep(poll);
    }
}

/// Whether the outcome is the failure the exercise declares for its starter.
pub fn fails_as_declared(fails: Fails, outcome: &Outcome) -> Result<(), String> {
    let matches = match (fails, outcome) {
        (Fails::Error(""), Outcome::DoesNotCompile { codes, .. }) => codes.is_empty(),
        (Fails::Error(code), Outcome::DoesNotCompile { codes, .. }) => codes == &[code],
        (Fails::Panic(piece), Outcome::Panics { message }) => message.contains(piece),
        (Fails::Hang, Outcome::Blocked { .. } | Outcome::MiriDeadlock) => true,
        (Fails::Miri, Outcome::MiriReports { .. }) => true,
        _ => false,
    };
    if matches {
        Ok(())
    } else {
        Err(format!(
            "the starter must fail with {fails:?}, but the checker found {outcome:?}"
        ))
    }
}

/// Whether the outcome is a pass.
pub fn passes(outcome: &Outcome) -> Result<(), String> {
    match outcome {
        Outcome::Passes => Ok(()),
        other => Err(format!(
            "expected the checker to pass it, but found {other:?}"
        )),
    }
}
