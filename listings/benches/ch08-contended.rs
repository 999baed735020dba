//! The Costs chapter: `Mutex` against `RwLock` (std and parking_lot) with
//! 1 to 2x as many threads as the machine has CPUs, for three mixes of reads
//! and writes; one shared counter against one per thread; `OnceLock`
//! against `Mutex<Option<T>>`; snapshots of shared data with a writer
//! running; and two threads with a counter each, false-shared or padded.
//!
//!     cargo bench -p listings --bench ch08-contended
//!
//! `cargo run -p costs-report` runs this and `ch08-uncontended`, then writes
//! the chapter's tables and plot from criterion's saved estimates and the
//! per-thread counts this file appends to `$COSTS_FAIRNESS_FILE`.

use arc_swap::ArcSwap;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput};
use crossbeam_utils::CachePadded;
use std::hint::black_box;
use std::io::Write as _;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Barrier, Mutex, OnceLock, RwLock};
use std::thread;
use std::time::{Duration, Instant};

/// Short runs (see `ch08-uncontended`): each sample is one window.
fn settings() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_millis(500))
        .nresamples(10_000)
}

/// How long the threads run in one timed window: long enough to span many
/// of the scheduler's time slices when threads outnumber CPUs. Criterion's
/// test mode (the executable run without `--bench`, as `cargo test` does)
/// times nothing and only proves that each benchmark runs: a millisecond.
fn window() -> Duration {
    static WINDOW: OnceLock<Duration> = OnceLock::new();
    *WINDOW.get_or_init(|| {
        if std::env::args().any(|argument| argument == "--bench") {
            Duration::from_millis(25)
        } else {
            Duration::from_millis(1)
        }
    })
}

/// 1 to twice the logical CPUs.
fn thread_counts() -> Vec<usize> {
    let cpus = thread::available_parallelism().map_or(1, |n| n.get());
    (1..=2 * cpus).collect()
}

// ANCHOR: on_threads
/// Times `work(thread, stop)` on `threads` threads at once, for a fixed
/// window. The threads start once, before any timing. Each timed run
/// releases them together at a barrier; each runs operations until the stop
/// flag is set, a `window()` later, and reports how many it did. The time per
/// operation is the window divided by the operations of all threads (those
/// from `counted` on; the others, such as a writer, are not counted): the
/// time per operation of the whole program, which falls if threads help.
/// No thread can finish early and leave the others to run alone, and each
/// thread's count is kept, for the fairness column.
fn on_threads(
    (group, group_name): (&mut BenchmarkGroup<'_, WallTime>, &str),
    function: &str,
    threads: usize,
    counted: usize,
    work: impl Fn(usize, &AtomicBool) -> u64 + Sync,
) {
    let start = Barrier::new(threads + 1);
    let done = Barrier::new(threads + 1);
    let (stop, quit) = (AtomicBool::new(false), AtomicBool::new(false));
    let counts: Vec<AtomicU64> = (0..threads).map(|_| AtomicU64::new(0)).collect();
    let mut totals = vec![0_u64; threads];
    thread::scope(|scope| {
        for (thread, count) in counts.iter().enumerate() {
            let (start, done, stop, quit) = (&start, &done, &stop, &quit);
            let work = &work;
            scope.spawn(move || {
                loop {
                    start.wait();
                    if quit.load(Relaxed) {
                        break;
                    }
                    count.store(work(thread, stop), Relaxed);
                    done.wait();
                }
            });
        }
        group.bench_function(BenchmarkId::new(function, threads), |b| {
            b.iter_custom(|iters| {
                stop.store(false, Relaxed);
                start.wait();
                let begin = Instant::now();
                thread::sleep(window());
                stop.store(true, Relaxed);
                done.wait();
                let elapsed = begin.elapsed();
                let mut ops = 0;
                for (total, count) in totals.iter_mut().zip(&counts).skip(counted) {
                    let count = count.load(Relaxed);
                    *total += count;
                    ops += count;
                }
                // Criterion asked for `iters` iterations of `PER_ITERATION`
                // operations: report what they take at this window's rate.
                let asked = iters as f64 * PER_ITERATION as f64;
                elapsed.mul_f64(asked / ops.max(1) as f64)
            })
        });
        quit.store(true, Relaxed);
        start.wait();
    });
    let id = format!("{group_name}/{function}/{threads}");
    record_fairness(id, threads, &totals[counted..]);
}
// ANCHOR_END: on_threads

/// Appends, for costs-report, the fewest and the most operations of one
/// thread as a multiple of an even share.
fn record_fairness(id: String, threads: usize, totals: &[u64]) {
    let Some(file) = std::env::var_os("COSTS_FAIRNESS_FILE") else {
        return;
    };
    let all: u64 = totals.iter().sum();
    if all == 0 {
        return;
    }
    let even = all as f64 / totals.len() as f64;
    let fewest = *totals.iter().min().unwrap() as f64 / even;
    let most = *totals.iter().max().unwrap() as f64 / even;
    let line = format!(
        "{{\"id\":\"{id}\",\"threads\":{threads},\"fewest\":{fewest:.4},\"most\":{most:.4}}}\n"
    );
    let mut out = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .expect("the fairness file opens");
    out.write_all(line.as_bytes())
        .expect("the fairness file takes a line");
}

/// Operations in one criterion iteration, so that the time criterion is
/// given stays far above a nanosecond's resolution.
const PER_ITERATION: u64 = 1000;

/// Equal samples (flat sampling), each one window: the estimate is their
/// mean, and criterion's minimum of ten samples keeps the suite short.
fn windows(group: &mut BenchmarkGroup<'_, WallTime>) {
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.throughput(Throughput::Elements(PER_ITERATION));
}

// ANCHOR: lock
/// What the threads do under the lock: a reader sums the data (under a
/// read lock, if the lock has one), a writer adds one to every element.
/// Every lock calls the same two functions, kept out of line, so the work
/// under each lock is the same machine code.
trait Lock: Sync {
    fn new(data: Vec<u64>) -> Self;
    fn sum(&self) -> u64;
    fn add_one(&self);
}

#[inline(never)]
fn sum(data: &[u64]) -> u64 {
    data.iter().sum()
}

#[inline(never)]
fn add_one(data: &mut [u64]) {
    data.iter_mut().for_each(|x| *x += 1);
}

impl Lock for RwLock<Vec<u64>> {
    fn new(data: Vec<u64>) -> Self {
        RwLock::new(data)
    }
    fn sum(&self) -> u64 {
        sum(&self.read().unwrap())
    }
    fn add_one(&self) {
        add_one(&mut self.write().unwrap());
    }
}
// ANCHOR_END: lock

impl Lock for Mutex<Vec<u64>> {
    fn new(data: Vec<u64>) -> Self {
        Mutex::new(data)
    }
    fn sum(&self) -> u64 {
        sum(&self.lock().unwrap())
    }
    fn add_one(&self) {
        add_one(&mut self.lock().unwrap());
    }
}

impl Lock for parking_lot::Mutex<Vec<u64>> {
    fn new(data: Vec<u64>) -> Self {
        parking_lot::Mutex::new(data)
    }
    fn sum(&self) -> u64 {
        sum(&self.lock())
    }
    fn add_one(&self) {
        add_one(&mut self.lock());
    }
}

impl Lock for parking_lot::RwLock<Vec<u64>> {
    fn new(data: Vec<u64>) -> Self {
        parking_lot::RwLock::new(data)
    }
    fn sum(&self) -> u64 {
        sum(&self.read())
    }
    fn add_one(&self) {
        add_one(&mut self.write());
    }
}

// ANCHOR: sweep
/// One lock type over 1 to 2x the CPUs, guarding `len` numbers. Each thread
/// writes on every `write_every`-th operation and reads on the others, out
/// of step with the other threads; nothing happens outside the lock, so the
/// threads contend as hard as they can.
fn sweep<L: Lock>(
    group: (&mut BenchmarkGroup<'_, WallTime>, &str),
    name: &str,
    len: usize,
    write_every: u64,
) {
    for threads in thread_counts() {
        let lock = L::new((0..len as u64).collect());
        on_threads(
            (&mut *group.0, group.1),
            name,
            threads,
            0,
            |thread, stop| {
                let mut until_write = 1 + thread as u64 * write_every / threads as u64;
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    until_write -= 1;
                    if until_write == 0 {
                        black_box(&lock).add_one();
                        until_write = write_every;
                    } else {
                        black_box(black_box(&lock).sum());
                    }
                    ops += 1;
                }
                ops
            },
        );
    }
}

/// All four locks, in one benchmark group.
fn all_locks(c: &mut Criterion, name: &str, len: usize, read_percent: u64) {
    let write_every = 100 / (100 - read_percent);
    let mut group = c.benchmark_group(name);
    windows(&mut group);
    sweep::<Mutex<_>>((&mut group, name), "std-mutex", len, write_every);
    sweep::<RwLock<_>>((&mut group, name), "std-rwlock", len, write_every);
    let id = "parking-lot-mutex";
    sweep::<parking_lot::Mutex<_>>((&mut group, name), id, len, write_every);
    let id = "parking-lot-rwlock";
    sweep::<parking_lot::RwLock<_>>((&mut group, name), id, len, write_every);
    group.finish();
}

/// Short sections (4 numbers: a few nanoseconds under the lock) at three
/// read shares, then long sections (1024 numbers) at 99% reads.
fn contended(c: &mut Criterion) {
    for read_percent in [50, 90, 99] {
        let group = format!("contended-reads-{read_percent}");
        all_locks(c, &group, 4, read_percent);
    }
    all_locks(c, "contended-long-reads-99", 1024, 99);
}
// ANCHOR_END: sweep

// ANCHOR: counter
/// Every thread adds one, over and over: to one shared `AtomicU64`, or to a
/// counter of its own, padded to a cache line (a sharded counter, summed
/// only when read).
fn counters(c: &mut Criterion) {
    const GROUP: &str = "counter";
    let mut group = c.benchmark_group(GROUP);
    windows(&mut group);
    for threads in thread_counts() {
        let shared = AtomicU64::new(0);
        on_threads((&mut group, GROUP), "atomic-u64", threads, 0, |_, stop| {
            let mut ops = 0;
            while !stop.load(Relaxed) {
                black_box(&shared).fetch_add(1, Relaxed);
                ops += 1;
            }
            ops
        });
        let shards: Vec<CachePadded<AtomicU64>> = (0..threads)
            .map(|_| CachePadded::new(AtomicU64::new(0)))
            .collect();
        on_threads(
            (&mut group, GROUP),
            "sharded-padded",
            threads,
            0,
            |thread, stop| {
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    black_box(&shards[thread]).fetch_add(1, Relaxed);
                    ops += 1;
                }
                ops
            },
        );
    }
    group.finish();
}
// ANCHOR_END: counter

// ANCHOR: once
/// Every thread reads a value that the first one to get there initialises:
/// through `OnceLock::get_or_init`, or by locking a `Mutex<Option<u64>>`
/// and filling it if it is `None`.
fn once(c: &mut Criterion) {
    const GROUP: &str = "once";
    let mut group = c.benchmark_group(GROUP);
    windows(&mut group);
    for threads in thread_counts() {
        let mutex: Mutex<Option<u64>> = Mutex::new(None);
        on_threads(
            (&mut group, GROUP),
            "mutex-option",
            threads,
            0,
            |_, stop| {
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    let mut slot = black_box(&mutex).lock().unwrap();
                    black_box(*slot.get_or_insert(7));
                    ops += 1;
                }
                ops
            },
        );
        let once: OnceLock<u64> = OnceLock::new();
        on_threads(
            (&mut group, GROUP),
            "oncelock-get-or-init",
            threads,
            0,
            |_, stop| {
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    black_box(*black_box(&once).get_or_init(|| 7));
                    ops += 1;
                }
                ops
            },
        );
    }
    group.finish();
}
// ANCHOR_END: once

// ANCHOR: snapshot
/// Readers sum 16 numbers while thread 0 keeps replacing them: under a
/// `RwLock<Vec<u64>>` read lock; by cloning the `Arc` out of a
/// `RwLock<Arc<Vec<u64>>>` and summing after unlocking; or through
/// `ArcSwap::load`. Only the readers' operations are counted.
fn snapshots(c: &mut Criterion) {
    const GROUP: &str = "snapshot";
    let mut group = c.benchmark_group(GROUP);
    windows(&mut group);
    let data = || (0..16).collect::<Vec<u64>>();
    for threads in thread_counts().into_iter().skip(1) {
        let plain = RwLock::new(data());
        on_threads(
            (&mut group, GROUP),
            "rwlock-read",
            threads,
            1,
            |thread, stop| {
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    if thread == 0 {
                        add_one(&mut plain.write().unwrap());
                    } else {
                        black_box(sum(&black_box(&plain).read().unwrap()));
                    }
                    ops += 1;
                }
                ops
            },
        );
        let arc = RwLock::new(Arc::new(data()));
        on_threads(
            (&mut group, GROUP),
            "rwlock-arc-clone",
            threads,
            1,
            |thread, stop| {
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    if thread == 0 {
                        let mut next = Vec::clone(&arc.read().unwrap());
                        add_one(&mut next);
                        *arc.write().unwrap() = Arc::new(next);
                    } else {
                        let snapshot = Arc::clone(&black_box(&arc).read().unwrap());
                        black_box(sum(&snapshot));
                    }
                    ops += 1;
                }
                ops
            },
        );
        let swap = ArcSwap::from_pointee(data());
        on_threads(
            (&mut group, GROUP),
            "arc-swap-load",
            threads,
            1,
            |thread, stop| {
                let mut ops = 0;
                while !stop.load(Relaxed) {
                    if thread == 0 {
                        let mut next = Vec::clone(&swap.load());
                        add_one(&mut next);
                        swap.store(Arc::new(next));
                    } else {
                        black_box(sum(&black_box(&swap).load()));
                    }
                    ops += 1;
                }
                ops
            },
        );
    }
    group.finish();
}
// ANCHOR_END: snapshot

// ANCHOR: false_sharing
/// Two counters side by side, in one cache line (64 bytes on x86-64).
#[repr(C, align(64))]
struct SameLine([AtomicU64; 2]);

/// Two threads, each adding one to its own counter over and over. They
/// share no data; in the first case they share the cache line the two
/// counters sit in, in the second each counter has a line of its own.
fn false_sharing(c: &mut Criterion) {
    let mut group = c.benchmark_group("false-sharing");
    windows(&mut group);
    let same_line = SameLine([AtomicU64::new(0), AtomicU64::new(0)]);
    count_on_two_threads(
        (&mut group, "false-sharing"),
        "same-line",
        [&same_line.0[0], &same_line.0[1]],
    );
    let padded = [
        CachePadded::new(AtomicU64::new(0)),
        CachePadded::new(AtomicU64::new(0)),
    ];
    count_on_two_threads(
        (&mut group, "false-sharing"),
        "padded",
        [&padded[0], &padded[1]],
    );
    group.finish();
}

fn count_on_two_threads(
    group: (&mut BenchmarkGroup<'_, WallTime>, &str),
    name: &str,
    counters: [&AtomicU64; 2],
) {
    on_threads(group, name, 2, 0, |thread, stop| {
        let mut ops = 0;
        while !stop.load(Relaxed) {
            black_box(counters[thread]).fetch_add(1, Relaxed);
            ops += 1;
        }
        ops
    });
}
// ANCHOR_END: false_sharing

fn main() {
    let mut criterion = settings().configure_from_args();
    contended(&mut criterion);
    counters(&mut criterion);
    once(&mut criterion);
    snapshots(&mut criterion);
    false_sharing(&mut criterion);
    criterion.final_summary();
}
