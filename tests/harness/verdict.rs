//! Whether one listing did what its kind promises, and what the reader sees.
//!
//! Each check compares with the expected-output file that sits beside the
//! listing and that the book includes; `BLESS=1` rewrites that file from what
//! ran instead (the kind's own promise, such as "exits with a panic", is still
//! checked).

use crate::cargo::Diagnostics;
use crate::listings::Listing;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a "hangs" listing must stay blocked to pass, where its threads
/// cannot be looked at.
pub const HANG_GRACE: Duration = Duration::from_millis(1500);
/// Where [`crate::blocked`] can look at the threads (Linux), the proof, not
/// a wait, is what counts: from this long after the listing printed its
/// output, its threads are looked at until every one is blocked for good
/// (each look is itself a few samples apart)...
pub const HANG_SETTLE: Duration = Duration::from_millis(100);
/// ...for at most this long; a listing that still runs or sleeps then fails.
pub const HANG_PROOF_LIMIT: Duration = Duration::from_millis(600);

/// How long it may take to print what it prints before it blocks.
const HANG_START_LIMIT: Duration = Duration::from_secs(20);
/// A listing that runs to completion gets this long before it counts as hung.
const RUN_LIMIT: Duration = Duration::from_secs(60);

/// Replaces what differs from machine to machine with a fixed token: the OS
/// thread id in a panic message, and where the toolchain and crates live.
pub fn normalize(text: &str) -> String {
    text.lines()
        .map(normalize_line)
        .collect::<Vec<_>>()
        .join("\n")
        + if text.ends_with('\n') { "\n" } else { "" }
}

fn normalize_line(line: &str) -> String {
    let mut line = line.to_string();
    // `thread 'main' (52817) panicked at ...`
    if let Some(start) = line.find("thread '")
        && let Some(quote) = line[start + 8..].find("' (")
    {
        let open = start + 8 + quote + 3;
        let digits = line[open..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if digits > 0 && line[open + digits..].starts_with(')') {
            line.replace_range(open..open + digits, "TID");
        }
    }
    for (marker, token, skip_component) in [
        ("/lib/rustlib/src/rust/", "$RUST/", false),
        ("/registry/src/", "$CARGO/", true),
    ] {
        if let Some(at) = line.find(marker) {
            let begin = line[..at].rfind(' ').map_or(0, |space| space + 1);
            let mut end = at + marker.len();
            if skip_component && let Some(slash) = line[end..].find('/') {
                end += slash + 1;
            }
            line.replace_range(begin..end, token);
        }
    }
    if let Some(at) = line.find("/rustc/") {
        let hash = &line[at + 7..];
        if hash.len() > 41
            && hash[..40].chars().all(|c| c.is_ascii_hexdigit())
            && hash[40..].starts_with('/')
        {
            line.replace_range(at..at + 48, "$RUST/");
        }
    }
    line
}

/// Compares `actual` with the file at `expected`, or writes it when blessing.
pub fn compare(expected: &Path, actual: &str, what: &str, bless: bool) -> Result<(), String> {
    let wanted = std::fs::read_to_string(expected).unwrap_or_default();
    if wanted == actual {
        return Ok(());
    }
    if bless {
        std::fs::write(expected, actual)
            .map_err(|error| format!("cannot write {}: {error}", expected.display()))?;
        return Ok(());
    }
    let missing = if expected.exists() {
        ""
    } else {
        " (the file does not exist)"
    };
    Err(format!(
        "{what} differs from {}{missing}\n--- expected\n{wanted}\n--- actual\n{actual}\n---\n\
         If the new text is right, run `BLESS=1 cargo test --test book` and review the diff.",
        expected.display()
    ))
}

fn command(exe: &Path) -> Command {
    let mut command = Command::new(exe);
    command
        .current_dir(crate::workspace_root())
        .env("RUST_BACKTRACE", "0")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
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

struct Watched {
    child: Child,
    stdout: Arc<Mutex<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    readers: Vec<thread::JoinHandle<()>>,
}

impl Watched {
    fn start(exe: &Path) -> Result<Watched, String> {
        let mut child = command(exe)
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", exe.display()))?;
        let (stdout, out_reader) = collect(child.stdout.take().unwrap());
        let (stderr, err_reader) = collect(child.stderr.take().unwrap());
        Ok(Watched {
            child,
            stdout,
            stderr,
            readers: vec![out_reader, err_reader],
        })
    }

    fn stdout_len(&self) -> usize {
        self.stdout.lock().unwrap().len()
    }

    /// Kills the process if it still runs, then returns its stdout and stderr.
    fn finish(mut self) -> (String, String) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        for reader in self.readers.drain(..) {
            let _ = reader.join();
        }
        let text = |buffer: &Arc<Mutex<Vec<u8>>>| {
            normalize(&String::from_utf8_lossy(&buffer.lock().unwrap()))
        };
        (text(&self.stdout), text(&self.stderr))
    }
}

/// Runs a program to its end (killing it after [`RUN_LIMIT`]) and returns its
/// exit code (`None` if killed), stdout and stderr.
fn run(exe: &Path) -> Result<(Option<i32>, String, String), String> {
    let mut watched = Watched::start(exe)?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = watched.child.try_wait().map_err(|e| e.to_string())? {
            break status.code();
        }
        if started.elapsed() > RUN_LIMIT {
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let (stdout, stderr) = watched.finish();
    Ok((status, stdout, stderr))
}

fn stdout_file(listing: &Listing) -> PathBuf {
    listing.source.with_extension("stdout")
}

/// A "runs" listing exits with 0, prints nothing to stderr, and prints to
/// stdout exactly its `.stdout` file.
pub fn runs(listing: &Listing, exe: &Path, bless: bool) -> Result<(), String> {
    let (status, stdout, stderr) = run(exe)?;
    if status != Some(0) {
        return Err(format!(
            "expected to run to completion, but it ended with {status:?}:\n{stderr}"
        ));
    }
    if !stderr.is_empty() {
        return Err(format!(
            "expected no stderr from a listing that runs, got:\n{stderr}"
        ));
    }
    compare(&stdout_file(listing), &stdout, "stdout", bless)
}

/// A "panics" listing exits with a panic (code 101) whose message, as the
/// reader sees it on stderr, is exactly its `.stderr` file; what it prints to
/// stdout first, if anything, is its `.stdout` file.
pub fn panics(listing: &Listing, exe: &Path, bless: bool) -> Result<(), String> {
    let (status, stdout, stderr) = run(exe)?;
    if status != Some(101) || !stderr.contains("panicked at") {
        return Err(format!(
            "expected a panic (exit code 101), but it ended with {status:?}:\n{stderr}"
        ));
    }
    compare(
        &listing.expected_output(),
        &stderr,
        "the panic message",
        bless,
    )?;
    optional_stdout(listing, &stdout, bless)
}

fn optional_stdout(listing: &Listing, stdout: &str, bless: bool) -> Result<(), String> {
    let file = stdout_file(listing);
    if stdout.is_empty() && !file.exists() {
        return Ok(());
    }
    compare(&file, stdout, "stdout", bless)
}

/// A "hangs" listing is still running after it printed its `.stdout` file,
/// and (on Linux) every thread of it is then blocked in a wait no timer ends
/// ([`crate::blocked`], looked at from [`HANG_SETTLE`] on, for at most
/// [`HANG_PROOF_LIMIT`]); elsewhere it is still running [`HANG_GRACE`] after
/// it printed. The watchdog then kills it. One that exits, spins or sleeps
/// fails.
pub fn hangs(listing: &Listing, exe: &Path, bless: bool) -> Result<(), String> {
    let expected_len = std::fs::read(stdout_file(listing)).map_or(0, |text| text.len());
    let mut watched = Watched::start(exe)?;
    let started = Instant::now();
    let mut printed_at: Option<Instant> = None;
    let proves = crate::blocked::can_check();
    let (exited, not_blocked) = loop {
        if let Some(status) = watched.child.try_wait().map_err(|e| e.to_string())? {
            break (Some(status), None);
        }
        if printed_at.is_none()
            && (watched.stdout_len() >= expected_len || started.elapsed() > HANG_START_LIMIT)
        {
            printed_at = Some(Instant::now());
        }
        if let Some(at) = printed_at {
            if !proves && at.elapsed() >= HANG_GRACE {
                break (None, None);
            }
            if proves && at.elapsed() >= HANG_SETTLE {
                match crate::blocked::blocked_for_good(watched.child.id()) {
                    // Blocked for good, unless it exited while being looked at.
                    Ok(()) => match watched.child.try_wait().map_err(|e| e.to_string())? {
                        Some(status) => break (Some(status), None),
                        None => break (None, None),
                    },
                    Err(why) if at.elapsed() >= HANG_PROOF_LIMIT => break (None, Some(why)),
                    Err(_) => {}
                }
            }
        }
        thread::sleep(Duration::from_millis(10));
    };
    let (stdout, stderr) = watched.finish();
    if let Some(status) = exited {
        return Err(format!(
            "expected to hang, but it exited ({status}) after {:?}:\n{stdout}{stderr}",
            started.elapsed()
        ));
    }
    if let Some(why) = not_blocked {
        return Err(format!(
            "still running {HANG_PROOF_LIMIT:?} after it printed, but not blocked for good: {why}\n{stdout}{stderr}"
        ));
    }
    compare(
        &stdout_file(listing),
        &stdout,
        "stdout before it blocked",
        bless,
    )
}

/// A "does not compile" listing fails with exactly the error codes the book
/// claims for it (every fence that shows it claims the same ones), with no
/// other error, and with the diagnostic in its `.stderr` file.
pub fn does_not_compile(
    listing: &Listing,
    said: &Diagnostics,
    claims: &[Vec<String>],
    bless: bool,
) -> Result<(), String> {
    if said.compiled {
        return Err("expected a compile error, but it compiled".into());
    }
    if said.rendered.is_empty() {
        return Err("expected a compile error, but the compiler said nothing".into());
    }
    let mut actual = said.error_codes.clone();
    actual.sort();
    actual.dedup();
    if claims.is_empty() {
        return Err("no chapter shows it, so no error code is claimed for it".into());
    }
    // An empty claim is a fence marked `no_error_code`: the error must be one
    // the compiler gives no code, and nothing else.
    let claims_no_code = claims.iter().any(Vec::is_empty);
    if claims_no_code && (said.uncoded_errors.is_empty() || !actual.is_empty()) {
        return Err(format!(
            "the book says it fails with an error that has no code, but the compiler reports {actual:?}:\n{}",
            said.rendered
        ));
    }
    if !claims_no_code && !said.uncoded_errors.is_empty() {
        return Err(format!(
            "it fails with an error that has no code, so not for the reason the book gives:\n{}",
            said.rendered
        ));
    }
    for claim in claims {
        let mut claimed = claim.clone();
        claimed.sort();
        claimed.dedup();
        if claimed != actual {
            return Err(format!(
                "the book says it fails with {claimed:?}, but the compiler reports {actual:?}:\n{}",
                said.rendered
            ));
        }
    }
    compare(
        &listing.expected_output(),
        &normalize(&said.rendered),
        "the compiler's diagnostic",
        bless,
    )
}

/// A benchmark runs each of its benchmarks once, in criterion's test mode,
/// and exits with 0. Criterion chooses test mode when the executable is run
/// without `--bench` (which `cargo bench` passes, and `cargo test --benches`
/// does not); it then prints `Testing ID` and `Success` for each benchmark.
/// Nothing is timed and no output is compared.
pub fn benchmark(exe: &Path) -> Result<(), String> {
    let (status, stdout, stderr) = run(exe)?;
    if status != Some(0) {
        return Err(format!(
            "expected criterion's test mode to run every benchmark once and exit 0, but it ended with {status:?}:\n{stdout}{stderr}"
        ));
    }
    let tested = stdout
        .lines()
        .filter(|line| line.starts_with("Testing "))
        .count();
    let passed = stdout.lines().filter(|line| *line == "Success").count();
    if tested == 0 || tested != passed {
        return Err(format!(
            "expected criterion's test mode to report `Success` for each benchmark (is it a `harness = false` bench whose `main` runs criterion?), got:\n{stdout}{stderr}"
        ));
    }
    Ok(())
}

/// Miri's two aliasing models. Stacked Borrows is its default; Tree Borrows
/// (`-Zmiri-tree-borrows`) is the newer model, which accepts some programs
/// that Stacked Borrows rejects. Every rejected-by-Miri listing runs under
/// both, each with its own snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasingModel {
    StackedBorrows,
    TreeBorrows,
}

impl AliasingModel {
    pub const ALL: [AliasingModel; 2] = [AliasingModel::StackedBorrows, AliasingModel::TreeBorrows];

    /// What `MIRIFLAGS` holds for this model (set, not inherited, so that a
    /// reader's own `MIRIFLAGS` cannot change a report).
    pub fn miriflags(self) -> &'static str {
        match self {
            AliasingModel::StackedBorrows => "",
            AliasingModel::TreeBorrows => "-Zmiri-tree-borrows",
        }
    }

    /// The model's name, as in Miri's documentation.
    pub fn name(self) -> &'static str {
        match self {
            AliasingModel::StackedBorrows => "Stacked Borrows",
            AliasingModel::TreeBorrows => "Tree Borrows",
        }
    }

    /// What the check's name adds to `rejected-by-miri::NAME`.
    pub fn check_suffix(self) -> &'static str {
        match self {
            AliasingModel::StackedBorrows => "",
            AliasingModel::TreeBorrows => "::tree-borrows",
        }
    }

    /// The snapshot of Miri's report: `NAME.stderr` (the listing's expected
    /// output) or `NAME.tree-borrows.stderr`.
    pub fn report_file(self, listing: &Listing) -> PathBuf {
        match self {
            AliasingModel::StackedBorrows => listing.expected_output(),
            AliasingModel::TreeBorrows => listing.source.with_extension("tree-borrows.stderr"),
        }
    }

    /// The sidecar that records that this model accepts the listing: what
    /// it printed when Miri ran it to its end, `NAME.tree-borrows.stdout`.
    /// Only Tree Borrows may accept a listing of this kind; one that Stacked
    /// Borrows accepts is no rejected-by-Miri listing.
    pub fn accepted_file(self, listing: &Listing) -> Option<PathBuf> {
        match self {
            AliasingModel::StackedBorrows => None,
            AliasingModel::TreeBorrows => {
                Some(listing.source.with_extension("tree-borrows.stdout"))
            }
        }
    }
}

/// The command that runs a listing under Miri, on the pinned nightly.
fn miri(listing: &Listing, channel: &str, model: AliasingModel) -> Command {
    let mut command = crate::nightly::toolchain_command("cargo", channel);
    command
        .args(["miri", "run", "--quiet", "-p", &listing.package])
        .args(["--bin", &listing.name])
        .env("MIRIFLAGS", model.miriflags())
        .stdin(Stdio::null());
    command
}

/// Runs a listing under Miri: its exit code and normalised stdout and stderr.
/// Without the pinned nightly it says so in one line; the check
/// `nightly::pinned` gives the whole message.
pub fn run_under_miri(listing: &Listing) -> Result<(Option<i32>, String, String), String> {
    run_under_miri_with(listing, AliasingModel::StackedBorrows)
}

/// [`run_under_miri`] with the aliasing model `model`.
pub fn run_under_miri_with(
    listing: &Listing,
    model: AliasingModel,
) -> Result<(Option<i32>, String, String), String> {
    let pin = crate::nightly::ready().map_err(|error| {
        format!(
            "Miri cannot run: {}\n(see the check `nightly::pinned`)",
            error.lines().next().unwrap_or_default()
        )
    })?;
    let release = pin.release.as_deref();
    if let Some(run) = crate::cache::load_miri(listing, release, model.miriflags()) {
        return Ok(run);
    }
    let output = miri(listing, &pin.channel, model)
        .output()
        .map_err(|error| format!("cannot run Miri: {error}"))?;
    let stderr = normalize(&String::from_utf8_lossy(&output.stderr));
    let stdout = normalize(&String::from_utf8_lossy(&output.stdout));
    let run = (output.status.code(), stdout, stderr);
    crate::cache::store_miri(listing, release, model.miriflags(), &run);
    Ok(run)
}

/// Removes a snapshot that no longer applies when blessing; otherwise says
/// that it is stale.
fn stale(file: &Path, why: &str, bless: bool) -> Result<(), String> {
    if !file.exists() {
        return Ok(());
    }
    if bless {
        return std::fs::remove_file(file)
            .map_err(|error| format!("cannot remove {}: {error}", file.display()));
    }
    Err(format!(
        "{} is stale: {why}\nIf that is right, run `BLESS=1 cargo test --test book` and review the diff.",
        file.display()
    ))
}

/// A "rejected by Miri" listing makes Miri report undefined behaviour under
/// Stacked Borrows; the report, from its `error: Undefined Behavior` line
/// on, is its `.stderr`.
pub fn rejected_by_miri(listing: &Listing, bless: bool) -> Result<(), String> {
    rejected_by_miri_with(listing, AliasingModel::StackedBorrows, bless)
}

/// The same listing under `model`. Under Tree Borrows, either Miri reports
/// undefined behaviour, and the report is `NAME.tree-borrows.stderr`, or it
/// runs the listing to its end with exit code 0, and what it printed is
/// `NAME.tree-borrows.stdout`, the sidecar that records "accepted under Tree
/// Borrows". Exactly one of the two files exists.
pub fn rejected_by_miri_with(
    listing: &Listing,
    model: AliasingModel,
    bless: bool,
) -> Result<(), String> {
    let (status, stdout, stderr) = run_under_miri_with(listing, model)?;
    let report = model.report_file(listing);
    let Some(start) = stderr.find("error: Undefined Behavior") else {
        let Some(accepted) = model.accepted_file(listing) else {
            return Err(format!(
                "expected Miri to report undefined behaviour, but it ended with {status:?}:\n{stderr}"
            ));
        };
        if status != Some(0) {
            return Err(format!(
                "expected Miri to report undefined behaviour under {}, or to run it to its end, \
                 but it ended with {status:?}:\n{stderr}",
                model.name()
            ));
        }
        if !accepted.exists() && bless {
            // `compare` writes only what differs, and a listing may print nothing.
            std::fs::write(&accepted, &stdout)
                .map_err(|error| format!("cannot write {}: {error}", accepted.display()))?;
        }
        if !accepted.exists() {
            return Err(format!(
                "Miri reports no undefined behaviour under {} and exits with 0, but {} is missing, \
                 the file that records it (what the listing printed).\n\
                 If that is right, run `BLESS=1 cargo test --test book` and review the diff.",
                model.name(),
                accepted.display()
            ));
        }
        compare(
            &accepted,
            &stdout,
            &format!("stdout of the run {} accepts", model.name()),
            bless,
        )?;
        return stale(
            &report,
            &format!("Miri reports no undefined behaviour under {}", model.name()),
            bless,
        );
    };
    compare(
        &report,
        &stderr[start..],
        &format!("Miri's report under {}", model.name()),
        bless,
    )?;
    match model.accepted_file(listing) {
        Some(accepted) => stale(
            &accepted,
            &format!("Miri reports undefined behaviour under {}", model.name()),
            bless,
        ),
        None => Ok(()),
    }
}
