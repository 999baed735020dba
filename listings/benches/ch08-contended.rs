//! The Costs chapter: `Mutex` against `RwLock` (std and parking_lot) with
//! 1, 2, 4 and 8 threads, for three mixes of reads and writes; and two
//! threads with a counter each, false-shared or padded.
//!
//!     cargo bench -p listings --bench ch08-contended
//!
//! `cargo run -p costs-report` runs this and `ch08-uncontended`, then writes
//! the chapter's tables and plot from criterion's saved estimates.

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode};
use crossbeam_utils::CachePadded;
use std::hint::black_box;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Barrier, Mutex, RwLock};
use std::thread;
use std::time::{Duration, Instant};

/// Short runs: about two seconds per benchmark (see `ch08-uncontended`).
fn settings() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .nresamples(10_000)
}

// ANCHOR: on_threads
/// Times `work(thread, ops)` running on `threads` threads at once. The
/// threads start once, before any timing; each timed run hands them the
/// number of operations and releases them together at a barrier, and ends
/// when the last one is done. The result is the wall-clock time divided by
/// the operations of all threads: the time per operation of the whole
/// program, which falls if adding threads helps.
fn on_threads(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: BenchmarkId,
    threads: usize,
    work: impl Fn(usize, u64) + Sync,
) {
    let start = Barrier::new(threads + 1);
    let done = Barrier::new(threads + 1);
    // Operations per thread in the next run; 0 tells the threads to finish.
    let ops = AtomicU64::new(0);
    thread::scope(|scope| {
        for thread in 0..threads {
            let (start, done, ops, work) = (&start, &done, &ops, &work);
            scope.spawn(move || {
                loop {
                    start.wait();
                    let ops = ops.load(Relaxed);
                    if ops == 0 {
                        break;
                    }
                    work(thread, ops);
                    done.wait();
                }
            });
        }
        group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                if iters == 0 {
                    return Duration::ZERO;
                }
                ops.store(iters, Relaxed);
                let begin = Instant::now();
                start.wait();
                done.wait();
                begin.elapsed() / threads as u32
            })
        });
        ops.store(0, Relaxed);
        start.wait();
    });
}
// ANCHOR_END: on_threads

/// With more threads than cores, the scheduler's time slices (milliseconds)
/// decide who holds the lock when. Twenty samples of equal length, each long
/// enough to span many slices, average that out better than criterion's
/// default of a hundred samples of growing length.
fn few_long_samples(group: &mut BenchmarkGroup<'_, WallTime>) {
    group.sampling_mode(SamplingMode::Flat).sample_size(20);
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
/// One lock type over 1, 2, 4 and 8 threads, guarding `len` numbers. Each
/// thread writes on every `write_every`-th operation and reads on the
/// others, out of step with the other threads; nothing happens outside the
/// lock, so the threads contend as hard as they can.
fn sweep<L: Lock>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    len: usize,
    write_every: u64,
) {
    for threads in [1, 2, 4, 8] {
        let lock = L::new((0..len as u64).collect());
        let id = BenchmarkId::new(name, threads);
        on_threads(group, id, threads, |thread, ops| {
            let mut until_write = 1 + thread as u64 * write_every / threads as u64;
            for _ in 0..ops {
                until_write -= 1;
                if until_write == 0 {
                    black_box(&lock).add_one();
                    until_write = write_every;
                } else {
                    black_box(black_box(&lock).sum());
                }
            }
        });
    }
}

/// All four locks, in one benchmark group.
fn all_locks(c: &mut Criterion, group: &str, len: usize, read_percent: u64) {
    let write_every = 100 / (100 - read_percent);
    let mut group = c.benchmark_group(group);
    few_long_samples(&mut group);
    sweep::<Mutex<_>>(&mut group, "std-mutex", len, write_every);
    sweep::<RwLock<_>>(&mut group, "std-rwlock", len, write_every);
    sweep::<parking_lot::Mutex<_>>(&mut group, "parking-lot-mutex", len, write_every);
    sweep::<parking_lot::RwLock<_>>(&mut group, "parking-lot-rwlock", len, write_every);
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

// ANCHOR: false_sharing
/// Two counters side by side, in one cache line (64 bytes on x86-64).
#[repr(C, align(64))]
struct SameLine([AtomicU64; 2]);

/// Two threads, each adding one to its own counter over and over. They
/// share no data; in the first case they share the cache line the two
/// counters sit in, in the second each counter has a line of its own.
fn false_sharing(c: &mut Criterion) {
    let mut group = c.benchmark_group("false-sharing");
    few_long_samples(&mut group);
    let same_line = SameLine([AtomicU64::new(0), AtomicU64::new(0)]);
    count_on_two_threads(&mut group, "same-line", [&same_line.0[0], &same_line.0[1]]);
    let padded = [
        CachePadded::new(AtomicU64::new(0)),
        CachePadded::new(AtomicU64::new(0)),
    ];
    count_on_two_threads(&mut group, "padded", [&padded[0], &padded[1]]);
    group.finish();
}

fn count_on_two_threads(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    counters: [&AtomicU64; 2],
) {
    on_threads(group, BenchmarkId::new(name, 2), 2, |thread, ops| {
        for _ in 0..ops {
            black_box(counters[thread]).fetch_add(1, Relaxed);
        }
    });
}
// ANCHOR_END: false_sharing

fn main() {
    let mut criterion = settings().configure_from_args();
    contended(&mut criterion);
    false_sharing(&mut criterion);
    criterion.final_summary();
}
