//! The Costs chapter's one command:
//!
//!     cargo run -p costs-report
//!
//! runs the chapter's criterion benchmarks (`cargo bench -p listings` with
//! each `ch08-*` bench), then reads the estimates criterion saved under
//! `target/criterion/` and writes, into `src/costs/`, the tables the chapter
//! includes, the plot of the contended sweep, and the machine, OS and
//! compiler the numbers came from. Nothing in those files is typed by hand.
//!
//! Options:
//! - `--tables-only`: skip the benchmarks; write the files from the
//!   estimates criterion saved last (to change the tables' layout).
//! - `--quick`: very short measurements, to try the whole pipeline in a
//!   minute; the tables then say that they are not to be trusted.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The benchmark targets of the listings package that the chapter reports.
const BENCHES: &[&str] = &["ch08-uncontended", "ch08-contended"];

/// Criterion options for `--quick`.
const QUICK: &[&str] = &["--warm-up-time", "0.05", "--measurement-time", "0.1"];

/// A row of an uncontended table: the benchmark's function id, and what the
/// reader sees in the first column.
type Row = (&'static str, &'static str);

const READ_ROWS: &[Row] = &[
    ("plain", "plain `u64` (the baseline)"),
    ("cell-get", "`Cell::get`"),
    ("refcell-borrow", "`RefCell::borrow`"),
    ("atomic-load-relaxed", "`AtomicU64::load(Relaxed)`"),
    ("atomic-load-seqcst", "`AtomicU64::load(SeqCst)`"),
    ("atomiccell-load", "`AtomicCell::load` (crossbeam)"),
    (
        "atomiccell-load-locked",
        "`AtomicCell<[u64; 2]>::load` (crossbeam, not lock-free)",
    ),
    ("mutex-lock", "`Mutex::lock` (std)"),
    ("parking-lot-mutex-lock", "`Mutex::lock` (parking_lot)"),
    ("rwlock-read", "`RwLock::read` (std)"),
    ("parking-lot-rwlock-read", "`RwLock::read` (parking_lot)"),
    ("oncelock-get", "`OnceLock::get`"),
    ("lazylock-deref", "`LazyLock` deref"),
    ("qcell-ro", "`QCellOwner::ro`"),
    ("tcell-ro", "`TCellOwner::ro`"),
    ("lcell-ro", "`LCellOwner::ro`"),
];

const WRITE_ROWS: &[Row] = &[
    ("plain", "plain `u64` through `&mut` (the baseline)"),
    ("cell-set", "`Cell::set`"),
    ("refcell-borrow-mut", "`RefCell::borrow_mut`"),
    ("atomic-store-relaxed", "`AtomicU64::store(Relaxed)`"),
    ("atomic-store-seqcst", "`AtomicU64::store(SeqCst)`"),
    ("atomiccell-store", "`AtomicCell::store` (crossbeam)"),
    (
        "atomiccell-store-locked",
        "`AtomicCell<[u64; 2]>::store` (crossbeam, not lock-free)",
    ),
];

const INCREMENT_ROWS: &[Row] = &[
    ("plain", "plain `u64` through `&mut` (the baseline)"),
    ("cell-get-set", "`Cell::get`, then `set`"),
    ("refcell-borrow-mut", "`RefCell::borrow_mut`"),
    (
        "atomic-fetch-add-relaxed",
        "`AtomicU64::fetch_add(Relaxed)`",
    ),
    ("atomic-fetch-add-seqcst", "`AtomicU64::fetch_add(SeqCst)`"),
    (
        "atomic-compare-exchange-relaxed",
        "`AtomicU64::compare_exchange(Relaxed)` loop",
    ),
    (
        "atomic-compare-exchange-seqcst",
        "`AtomicU64::compare_exchange(SeqCst)` loop",
    ),
    (
        "atomiccell-fetch-add",
        "`AtomicCell::fetch_add` (crossbeam)",
    ),
    ("mutex-lock", "`Mutex::lock` (std)"),
    ("parking-lot-mutex-lock", "`Mutex::lock` (parking_lot)"),
    ("rwlock-write", "`RwLock::write` (std)"),
    ("parking-lot-rwlock-write", "`RwLock::write` (parking_lot)"),
    ("tokio-mutex-lock", "`Mutex::lock().await` (tokio)"),
    ("qcell-rw", "`QCellOwner::rw`"),
    ("tcell-rw", "`TCellOwner::rw`"),
    ("lcell-rw", "`LCellOwner::rw`"),
];

/// The contended sweep: the locks (id, label, plot colour, dashed), the
/// benchmark groups (id, title) and the thread counts.
const LOCKS: &[(&str, &str, &str, bool)] = &[
    ("std-mutex", "`Mutex` (std)", "#0072B2", false),
    ("std-rwlock", "`RwLock` (std)", "#D55E00", true),
    (
        "parking-lot-mutex",
        "`Mutex` (parking_lot)",
        "#009E73",
        false,
    ),
    (
        "parking-lot-rwlock",
        "`RwLock` (parking_lot)",
        "#CC79A7",
        true,
    ),
];
const SWEEPS: &[(&str, &str)] = &[
    ("contended-reads-50", "50% reads"),
    ("contended-reads-90", "90% reads"),
    ("contended-reads-99", "99% reads"),
    ("contended-long-reads-99", "99% reads, long sections"),
];
const THREADS: &[u32] = &[1, 2, 4, 8];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("costs-report: {error}");
            ExitCode::FAILURE
        }
    }
}

/// What the machine was doing and how long the suite took. Saved beside
/// criterion's estimates after each run, so that `--tables-only` writes the
/// same facts as the run it reads.
struct RunFacts {
    /// When the run started (seconds since 1970): only estimates written
    /// since then belong to it.
    started: u64,
    date: String,
    load_before: Option<String>,
    build: Option<Duration>,
    benchmarks: Option<Duration>,
    quick: bool,
}

impl RunFacts {
    fn save(&self, path: &Path) -> Result<(), String> {
        let json = serde_json::json!({
            "started": self.started,
            "date": self.date,
            "load_before": self.load_before,
            "build_seconds": self.build.map(|d| d.as_secs_f64()),
            "benchmarks_seconds": self.benchmarks.map(|d| d.as_secs_f64()),
            "quick": self.quick,
        });
        write(path, &format!("{json:#}\n"))
    }

    fn load(path: &Path) -> Result<RunFacts, String> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "cannot read {} ({e}); run without --tables-only first",
                path.display()
            )
        })?;
        let json: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let seconds = |key: &str| json[key].as_f64().map(Duration::from_secs_f64);
        Ok(RunFacts {
            started: json["started"].as_u64().unwrap_or(0),
            date: json["date"].as_str().unwrap_or("(unknown)").to_string(),
            load_before: json["load_before"].as_str().map(String::from),
            build: seconds("build_seconds"),
            benchmarks: seconds("benchmarks_seconds"),
            quick: json["quick"].as_bool().unwrap_or(false),
        })
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tables_only = args.iter().any(|a| a == "--tables-only");
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(other) = args
        .iter()
        .find(|a| *a != "--tables-only" && *a != "--quick")
    {
        return Err(format!(
            "unknown option `{other}` (options: --tables-only, --quick)"
        ));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .map_err(|e| format!("cannot find the workspace root: {e}"))?;
    let criterion_dir = target_dir(&root)?.join("criterion");
    let facts_file = criterion_dir.join("costs-report-run.json");
    let out = root.join("src/costs");
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;

    let facts = if tables_only {
        RunFacts::load(&facts_file)?
    } else {
        let started = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_secs());
        let load_before = load_average();
        let build = cargo_bench(&root, &["--no-run"])?;
        let mut criterion_args = vec!["--"];
        if quick {
            criterion_args.extend_from_slice(QUICK);
        }
        let benchmarks = cargo_bench(&root, &criterion_args)?;
        let facts = RunFacts {
            started,
            date: today(),
            load_before,
            build: Some(build),
            benchmarks: Some(benchmarks),
            quick,
        };
        facts.save(&facts_file)?;
        facts
    };
    let since = UNIX_EPOCH + Duration::from_secs(facts.started);
    let results = Results::read(&criterion_dir, Some(since))?;
    if results.0.is_empty() {
        return Err(format!(
            "no criterion estimates under {} since the last run",
            criterion_dir.display()
        ));
    }
    let quick_note = if facts.quick {
        "\n> **Quick run.** These tables come from `cargo run -p costs-report -- --quick`: \
         measurements far too short to trust. Run `cargo run -p costs-report` for real numbers.\n"
    } else {
        ""
    };

    let machine = Machine::read(&root);
    write(
        &out.join("machine.md"),
        &(machine.table(&facts) + quick_note),
    )?;
    write(&out.join("read.md"), &results.read_table()?)?;
    write(
        &out.join("write.md"),
        &results.single_table("write", WRITE_ROWS)?,
    )?;
    write(
        &out.join("increment.md"),
        &results.single_table("increment", INCREMENT_ROWS)?,
    )?;
    write(&out.join("contended.md"), &results.contended_tables()?)?;
    write(
        &out.join("false-sharing.md"),
        &results.false_sharing_table()?,
    )?;
    write(
        &out.join("contended.svg"),
        &results.contended_plot(machine.logical_cpus)?,
    )?;
    println!(
        "costs-report: wrote {} from {} estimates",
        out.strip_prefix(&root).unwrap_or(&out).display(),
        results.0.len()
    );
    if let (Some(build), Some(benchmarks)) = (facts.build, facts.benchmarks) {
        println!(
            "costs-report: build {}, benchmarks {}, total {}",
            minutes(build),
            minutes(benchmarks),
            minutes(build + benchmarks)
        );
    }
    Ok(())
}

const GENERATED: &str =
    "<!-- Generated by `cargo run -p costs-report` from criterion's estimates. Do not edit. -->\n";

fn write(path: &Path, text: &str) -> Result<(), String> {
    let text = if path.extension().is_some_and(|e| e == "md") {
        format!("{GENERATED}\n{text}")
    } else {
        text.to_string()
    };
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Where cargo puts its output (and criterion its estimates).
fn target_dir(root: &Path) -> Result<PathBuf, String> {
    let output = cargo()
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    let metadata: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("cannot read cargo metadata: {e}"))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata names no target directory".into())
}

/// Runs `cargo bench -p listings --bench ...` with `extra` and returns how
/// long it took. Its output goes straight to the terminal.
fn cargo_bench(root: &Path, extra: &[&str]) -> Result<Duration, String> {
    let mut command = cargo();
    command.args(["bench", "-p", "listings"]).current_dir(root);
    for bench in BENCHES {
        command.args(["--bench", bench]);
    }
    command.args(extra);
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if !status.success() {
        return Err(format!("cargo bench failed ({status})"));
    }
    Ok(started.elapsed())
}

fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next().map(String::from)
}

fn minutes(duration: Duration) -> String {
    let seconds = duration.as_secs();
    format!("{} min {:02} s", seconds / 60, seconds % 60)
}

/// The machine, OS and compiler.
struct Machine {
    cpu: String,
    logical_cpus: usize,
    cores: Option<usize>,
    virtual_machine: bool,
    os: String,
    kernel: String,
    rustc: String,
    criterion: String,
}

impl Machine {
    fn read(root: &Path) -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let field = |line: &str, name: &str| -> Option<String> {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim().to_string())
        };
        let cpu = cpuinfo
            .lines()
            .find_map(|line| field(line, "model name"))
            .unwrap_or_else(|| std::env::consts::ARCH.to_string());
        // Physical cores: distinct (physical id, core id) pairs.
        let mut cores: Vec<(String, String)> = Vec::new();
        let mut physical = String::new();
        for line in cpuinfo.lines() {
            if let Some(id) = field(line, "physical id") {
                physical = id;
            } else if let Some(id) = field(line, "core id") {
                cores.push((physical.clone(), id));
            }
        }
        cores.sort();
        cores.dedup();
        let virtual_machine = cpuinfo
            .lines()
            .filter_map(|line| field(line, "flags"))
            .any(|flags| flags.split_whitespace().any(|flag| flag == "hypervisor"));
        let os_release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
        let os = os_release
            .lines()
            .find_map(|line| line.strip_prefix("PRETTY_NAME="))
            .map(|name| name.trim_matches('"').to_string())
            .unwrap_or_else(|| std::env::consts::OS.to_string());
        let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .map(|release| format!("Linux {}", release.trim()))
            .unwrap_or_default();
        let rustc = Command::new("rustc")
            .arg("-V")
            .current_dir(root)
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
            .unwrap_or_else(|_| "rustc (unknown)".into());
        let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default();
        let criterion = lock
            .split("[[package]]")
            .find(|package| package.contains("\nname = \"criterion\"\n"))
            .and_then(|package| {
                package
                    .lines()
                    .find_map(|line| line.strip_prefix("version = "))
                    .map(|version| version.trim_matches('"').to_string())
            })
            .unwrap_or_else(|| "(unknown)".into());
        Machine {
            cpu,
            logical_cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cores: (!cores.is_empty()).then_some(cores.len()),
            virtual_machine,
            os,
            kernel,
            rustc,
            criterion,
        }
    }

    fn table(&self, facts: &RunFacts) -> String {
        let mut cpu = self.cpu.clone();
        if self.virtual_machine {
            cpu.push_str(", in a virtual machine");
        }
        let cores = match self.cores {
            Some(cores) => format!("{} logical CPUs on {cores} cores", self.logical_cpus),
            None => format!("{} logical CPUs", self.logical_cpus),
        };
        let mut rows = vec![
            ("Processor", cpu),
            ("Cores", cores),
            ("Operating system", format!("{}, {}", self.os, self.kernel)),
            (
                "Compiler",
                format!(
                    "`{}`, `cargo bench` (the `bench` profile: optimised)",
                    self.rustc
                ),
            ),
            ("Benchmark library", format!("criterion {}", self.criterion)),
            ("Measured on", facts.date.clone()),
        ];
        if let Some(load) = &facts.load_before {
            rows.push((
                "Load average before the run",
                format!("{load} (one minute)"),
            ));
        }
        if let (Some(build), Some(benchmarks)) = (facts.build, facts.benchmarks) {
            rows.push((
                "Time of the command",
                format!(
                    "{} (build {}, benchmarks {})",
                    minutes(build + benchmarks),
                    minutes(build),
                    minutes(benchmarks)
                ),
            ));
        }
        if facts.quick {
            rows.push(("Settings", "`--quick`: not to be trusted".into()));
        }
        let mut text = String::from("| | This run |\n|---|---|\n");
        for (name, value) in rows {
            writeln!(text, "| {name} | {value} |").unwrap();
        }
        text
    }
}

/// Today's date (UTC), from the system clock.
fn today() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() / 86_400) as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year}-{month:02}-{day:02} (UTC)")
}

/// Criterion's estimates: (group, function, parameter) to nanoseconds per
/// iteration.
struct Results(BTreeMap<(String, String, String), f64>);

impl Results {
    /// Reads every `new/benchmark.json` and `new/estimates.json` under
    /// `dir` (only those written since `since`, if given): the slope of the
    /// linear regression if criterion made one, otherwise the mean.
    fn read(dir: &Path, since: Option<SystemTime>) -> Result<Results, String> {
        let mut files = Vec::new();
        find(dir, "benchmark.json", &mut files);
        let mut results = BTreeMap::new();
        for file in files {
            let new = file.parent().unwrap();
            if new.file_name().is_none_or(|name| name != "new") {
                continue;
            }
            let estimates = new.join("estimates.json");
            let modified = std::fs::metadata(&estimates).and_then(|meta| meta.modified());
            if let Some(since) = since
                && modified.is_ok_and(|modified| modified < since)
            {
                continue;
            }
            let read = |path: &Path| -> Result<Value, String> {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
            };
            let benchmark = read(&file)?;
            let estimates = read(&estimates)?;
            let nanoseconds = estimates["slope"]["point_estimate"]
                .as_f64()
                .or_else(|| estimates["mean"]["point_estimate"].as_f64())
                .ok_or_else(|| format!("{}: no estimate", new.display()))?;
            let text = |key: &str| benchmark[key].as_str().unwrap_or_default().to_string();
            results.insert(
                (text("group_id"), text("function_id"), text("value_str")),
                nanoseconds,
            );
        }
        Ok(Results(results))
    }

    fn get(&self, group: &str, function: &str, value: &str) -> Result<f64, String> {
        self.0
            .get(&(group.into(), function.into(), value.into()))
            .copied()
            .ok_or_else(|| {
                format!("no estimate for `{group}/{function}/{value}`: did that benchmark run?")
            })
    }

    /// Fails if `group` holds a benchmark that no row shows: a table must not
    /// silently drop what the benchmarks measure.
    fn all_shown(&self, group: &str, shown: &[&str]) -> Result<(), String> {
        let unshown: Vec<String> = self
            .0
            .keys()
            .filter(|(g, function, _)| g == group && !shown.contains(&function.as_str()))
            .map(|(g, function, value)| format!("{g}/{function}/{value}"))
            .collect();
        if unshown.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "benchmarks with no row in the tables (add them to costs-report): {unshown:?}"
            ))
        }
    }

    /// Throughput and latency of each read, each beside the plain read's.
    fn read_table(&self) -> Result<String, String> {
        let ids: Vec<&str> = READ_ROWS.iter().map(|(id, _)| *id).collect();
        self.all_shown("read", &ids)?;
        let base_throughput = self.get("read", "plain", "throughput")?;
        let base_latency = self.get("read", "plain", "latency")?;
        let mut text = String::from(
            "| Read | Throughput | ×&nbsp;plain | Latency | ×&nbsp;plain |\n|---|--:|--:|--:|--:|\n",
        );
        for (id, label) in READ_ROWS {
            let throughput = self.get("read", id, "throughput")?;
            let latency = self.get("read", id, "latency")?;
            writeln!(
                text,
                "| {} | {} | {} | {} | {} |",
                anchored("read", id, label),
                time(throughput),
                ratio(throughput / base_throughput),
                time(latency),
                ratio(latency / base_latency),
            )
            .unwrap();
        }
        Ok(text)
    }

    /// One time per row, beside the plain row's.
    fn single_table(&self, group: &str, rows: &[Row]) -> Result<String, String> {
        let ids: Vec<&str> = rows.iter().map(|(id, _)| *id).collect();
        self.all_shown(group, &ids)?;
        let base = self.get(group, "plain", "")?;
        let heading = match group {
            "write" => "Write",
            _ => "Increment",
        };
        let mut text = format!("| {heading} | Time | ×&nbsp;plain |\n|---|--:|--:|\n");
        for (id, label) in rows {
            let value = self.get(group, id, "")?;
            writeln!(
                text,
                "| {} | {} | {} |",
                anchored(group, id, label),
                time(value),
                ratio(value / base)
            )
            .unwrap();
        }
        Ok(text)
    }

    /// Per sweep, a table of the locks over thread counts, each time beside
    /// std `Mutex`'s for the same threads and mix.
    fn contended_tables(&self) -> Result<String, String> {
        let mut text = String::new();
        for (group, title) in SWEEPS {
            let ids: Vec<&str> = LOCKS.iter().map(|(id, ..)| *id).collect();
            self.all_shown(group, &ids)?;
            write!(
                text,
                "\n**{title}**: time per operation (× std `Mutex`)\n\n| Lock |"
            )
            .unwrap();
            for threads in THREADS {
                write!(text, " {threads} {} |", plural(*threads, "thread")).unwrap();
            }
            text.push_str("\n|---|");
            text.push_str(&"--:|".repeat(THREADS.len()));
            text.push('\n');
            for (id, label, ..) in LOCKS {
                write!(text, "| {} |", anchored(group, id, label)).unwrap();
                for threads in THREADS {
                    let value = self.get(group, id, &threads.to_string())?;
                    let mutex = self.get(group, "std-mutex", &threads.to_string())?;
                    write!(text, " {}&nbsp;({}) |", time(value), ratio(value / mutex)).unwrap();
                }
                text.push('\n');
            }
        }
        Ok(text)
    }

    fn false_sharing_table(&self) -> Result<String, String> {
        self.all_shown("false-sharing", &["same-line", "padded"])?;
        let padded = self.get("false-sharing", "padded", "2")?;
        let mut text = String::from(
            "| Two threads, a counter each | Time per increment | ×&nbsp;padded |\n|---|--:|--:|\n",
        );
        for (id, label) in [
            ("same-line", "both counters in one cache line"),
            (
                "padded",
                "each counter in a line of its own (`CachePadded`)",
            ),
        ] {
            let value = self.get("false-sharing", id, "2")?;
            writeln!(
                text,
                "| {} | {} | {} |",
                anchored("false-sharing", id, label),
                time(value),
                ratio(value / padded)
            )
            .unwrap();
        }
        Ok(text)
    }

    /// A panel per sweep: time per operation against threads, a line per
    /// lock, on a log scale shared by the panels; on a white background, so
    /// that it reads the same in the book's light and dark themes.
    fn contended_plot(&self, cores: usize) -> Result<String, String> {
        let mut all = Vec::new();
        for (group, _) in SWEEPS {
            for (id, ..) in LOCKS {
                for threads in THREADS {
                    all.push(self.get(group, id, &threads.to_string())?);
                }
            }
        }
        let low = all.iter().copied().fold(f64::MAX, f64::min);
        let high = all.iter().copied().fold(f64::MIN, f64::max);
        let ticks = log_ticks(low, high);
        let (y_min, y_max) = (ticks[0].log10(), ticks[ticks.len() - 1].log10());

        let (left, top, panel_w, panel_h, gap) = (84.0, 40.0, 165.0, 220.0, 22.0);
        let width = left + SWEEPS.len() as f64 * (panel_w + gap);
        let height = 360.0;
        let y_of = |ns: f64| top + panel_h * (1.0 - (ns.log10() - y_min) / (y_max - y_min));
        let x_of = |x0: f64, i: usize| {
            x0 + 15.0 + (panel_w - 30.0) * i as f64 / (THREADS.len() - 1) as f64
        };
        let text = "fill=\"#222\"";
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
             width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n\
             <title>Contended locks: time per operation against threads</title>\n\
             <rect width=\"{width}\" height=\"{height}\" rx=\"8\" fill=\"#ffffff\"/>\n"
        );
        for (panel, (group, title)) in SWEEPS.iter().enumerate() {
            let x0 = left + panel as f64 * (panel_w + gap);
            let middle = x0 + panel_w / 2.0;
            writeln!(
                svg,
                "<text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" font-weight=\"bold\" {text}>{title}</text>\n\
                 <rect x=\"{x0}\" y=\"{top}\" width=\"{panel_w}\" height=\"{panel_h}\" fill=\"none\" stroke=\"#999\"/>",
                top - 10.0
            )
            .unwrap();
            for tick in &ticks {
                let y = y_of(*tick);
                writeln!(
                    svg,
                    "<line x1=\"{x0}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>",
                    x0 + panel_w
                )
                .unwrap();
                if panel == 0 {
                    writeln!(
                        svg,
                        "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" {text}>{}</text>",
                        x0 - 6.0,
                        y + 4.0,
                        tick_label(*tick)
                    )
                    .unwrap();
                }
            }
            for (i, threads) in THREADS.iter().enumerate() {
                let x = x_of(x0, i);
                writeln!(
                    svg,
                    "<text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" {text}>{threads}</text>",
                    top + panel_h + 16.0
                )
                .unwrap();
                if *threads as usize == cores {
                    writeln!(
                        svg,
                        "<line x1=\"{x:.1}\" y1=\"{top}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"#888\" stroke-dasharray=\"2 3\"/>\n\
                         <text x=\"{:.1}\" y=\"{}\" fill=\"#666\" font-size=\"10\">= cores</text>",
                        top + panel_h,
                        x + 3.0,
                        top + 12.0
                    )
                    .unwrap();
                }
            }
            writeln!(
                svg,
                "<text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" {text}>threads</text>",
                top + panel_h + 32.0
            )
            .unwrap();
            for (id, _, colour, dashed) in LOCKS {
                let mut points = Vec::new();
                for (i, threads) in THREADS.iter().enumerate() {
                    let ns = self.get(group, id, &threads.to_string())?;
                    points.push((x_of(x0, i), y_of(ns)));
                }
                let path: Vec<String> = points
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect();
                let dash = if *dashed {
                    " stroke-dasharray=\"6 4\""
                } else {
                    ""
                };
                writeln!(
                    svg,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>",
                    path.join(" ")
                )
                .unwrap();
                for (x, y) in points {
                    writeln!(
                        svg,
                        "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"{colour}\"/>"
                    )
                    .unwrap();
                }
            }
        }
        writeln!(
            svg,
            "<text transform=\"translate(22 {}) rotate(-90)\" text-anchor=\"middle\" {text}>ns per operation, all threads (log scale)</text>",
            top + panel_h / 2.0
        )
        .unwrap();
        let legend_y = height - 24.0;
        for (i, (_, label, colour, dashed)) in LOCKS.iter().enumerate() {
            let x = left + i as f64 * 180.0;
            let dash = if *dashed {
                " stroke-dasharray=\"6 4\""
            } else {
                ""
            };
            writeln!(
                svg,
                "<line x1=\"{x}\" y1=\"{legend_y}\" x2=\"{}\" y2=\"{legend_y}\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>\n\
                 <text x=\"{}\" y=\"{}\" {text}>{}</text>",
                x + 28.0,
                x + 34.0,
                legend_y + 4.0,
                label.replace('`', "")
            )
            .unwrap();
        }
        svg.push_str("</svg>\n");
        Ok(svg)
    }
}

fn find(dir: &Path, name: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            find(&path, name, found);
        } else if path.file_name().is_some_and(|n| n == name) {
            found.push(path);
        }
    }
}

/// The first cell of a row, with an anchor other chapters link to:
/// `costs.md#GROUP-ID`.
fn anchored(group: &str, id: &str, label: &str) -> String {
    format!(r#"<a id="{group}-{id}"></a>{label}"#)
}

fn plural(n: u32, word: &str) -> String {
    if n == 1 {
        word.into()
    } else {
        format!("{word}s")
    }
}

/// A time in nanoseconds, to three significant digits, for a table cell
/// (a non-breaking space before the unit).
fn time(ns: f64) -> String {
    match ns {
        ns if ns < 10.0 => format!("{ns:.2}&nbsp;ns"),
        ns if ns < 100.0 => format!("{ns:.1}&nbsp;ns"),
        ns if ns < 1000.0 => format!("{ns:.0}&nbsp;ns"),
        ns if ns < 10_000.0 => format!("{:.2}&nbsp;µs", ns / 1000.0),
        ns if ns < 100_000.0 => format!("{:.1}&nbsp;µs", ns / 1000.0),
        ns => format!("{:.0}&nbsp;µs", ns / 1000.0),
    }
}

fn ratio(r: f64) -> String {
    if r < 10.0 {
        format!("{r:.1}×")
    } else {
        format!("{r:.0}×")
    }
}

/// Tick values 1, 2, 5 × 10^k from the last one at or below `low` to the
/// first one at or above `high`.
fn log_ticks(low: f64, high: f64) -> Vec<f64> {
    let candidates: Vec<f64> = (-3..=9)
        .flat_map(|k| [1.0, 2.0, 5.0].map(|step| step * 10f64.powi(k)))
        .collect();
    let first = candidates.iter().rposition(|t| *t <= low).unwrap_or(0);
    let last = candidates
        .iter()
        .position(|t| *t >= high)
        .unwrap_or(candidates.len() - 1);
    candidates[first..=last].to_vec()
}

fn tick_label(ns: f64) -> String {
    if ns >= 1000.0 {
        format!("{} µs", ns / 1000.0)
    } else {
        format!("{ns}")
    }
}
