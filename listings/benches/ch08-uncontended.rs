//! The Costs chapter: each primitive of the book on one thread, with no other
//! thread in the way, beside a plain `u64` doing the same work in the same
//! benchmark group.
//!
//!     cargo bench -p listings --bench ch08-uncontended
//!
//! `cargo run -p costs-report` runs this and `ch08-contended`, then writes
//! the chapter's tables from criterion's saved estimates.

use criterion::measurement::WallTime;
use criterion::{Bencher, BenchmarkGroup, BenchmarkId, Criterion};
use crossbeam_utils::atomic::AtomicCell;
use qcell::{LCell, LCellOwner, QCell, QCellOwner, TCell, TCellOwner};
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::sync::atomic::Ordering::{Relaxed, SeqCst};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

// ANCHOR: settings
/// Short runs: about two seconds per benchmark, so that the whole suite
/// stays within minutes on a small machine, and fewer bootstrap resamples
/// than the default 100 000 (they only narrow the confidence interval, which
/// the chapter does not show). Command-line options such as
/// `--measurement-time 5` override these.
fn settings() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .nresamples(10_000)
}
// ANCHOR_END: settings

// ANCHOR: read_two_ways
/// Times one way of reading a `u64` twice. Throughput: every iteration reads
/// the first cell, and no read waits for another, so the processor may
/// overlap them. Latency: the value read picks the cell of the next read
/// (the cells hold 1 and 0), so each read waits for the one before it.
/// `black_box` hides the cells from the optimiser in every iteration: it
/// cannot keep a value from one iteration for the next.
fn read<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    cells: [T; 2],
    read: impl Fn(&T) -> u64,
) {
    group.bench_function(BenchmarkId::new(id, "throughput"), |b| {
        b.iter(|| read(black_box(&cells[0])))
    });
    group.bench_function(BenchmarkId::new(id, "latency"), |b| {
        b.iter_custom(|iters| {
            let mut next = 0;
            let start = Instant::now();
            for _ in 0..iters {
                next = read(&black_box(&cells)[next]) as usize & 1;
            }
            let elapsed = start.elapsed();
            black_box(next);
            elapsed
        })
    });
}
// ANCHOR_END: read_two_ways

// ANCHOR: read_group
fn reads(c: &mut Criterion) {
    let mut group = c.benchmark_group("read");
    read(&mut group, "plain", [1_u64, 0], |value| *value);
    let cells = [Cell::new(1), Cell::new(0)];
    read(&mut group, "cell-get", cells, Cell::get);
    let refcells = [RefCell::new(1), RefCell::new(0)];
    read(&mut group, "refcell-borrow", refcells, |c| *c.borrow());
    // ANCHOR_END: read_group
    let atomics = || [AtomicU64::new(1), AtomicU64::new(0)];
    let relaxed = |a: &AtomicU64| a.load(Relaxed);
    read(&mut group, "atomic-load-relaxed", atomics(), relaxed);
    let seqcst = |a: &AtomicU64| a.load(SeqCst);
    read(&mut group, "atomic-load-seqcst", atomics(), seqcst);
    let cells = [AtomicCell::new(1), AtomicCell::new(0)];
    read(&mut group, "atomiccell-load", cells, AtomicCell::load);
    // ANCHOR: atomic_cell_locked
    // Too big for an atomic instruction: `AtomicCell` falls back to a lock.
    assert!(!AtomicCell::<[u64; 2]>::is_lock_free());
    let cells = [AtomicCell::new([1, 0]), AtomicCell::new([0, 0])];
    read(&mut group, "atomiccell-load-locked", cells, |c| c.load()[0]);
    // ANCHOR_END: atomic_cell_locked
    // ANCHOR: read_locks
    let mutexes = [Mutex::new(1), Mutex::new(0)];
    read(&mut group, "mutex-lock", mutexes, |m| *m.lock().unwrap());
    let mutexes = [parking_lot::Mutex::new(1), parking_lot::Mutex::new(0)];
    read(&mut group, "parking-lot-mutex-lock", mutexes, |m| *m.lock());
    let rwlocks = [RwLock::new(1), RwLock::new(0)];
    read(&mut group, "rwlock-read", rwlocks, |l| *l.read().unwrap());
    let rwlocks = [parking_lot::RwLock::new(1), parking_lot::RwLock::new(0)];
    read(&mut group, "parking-lot-rwlock-read", rwlocks, |l| {
        *l.read()
    });
    // ANCHOR_END: read_locks
    let onces = [OnceLock::new(), OnceLock::new()];
    onces[0].set(1).unwrap();
    onces[1].set(0).unwrap();
    read(&mut group, "oncelock-get", onces, |o| *o.get().unwrap());
    let lazies: [LazyLock<u64>; 2] = [LazyLock::new(|| 1), LazyLock::new(|| 0)];
    lazies.iter().for_each(|lazy| _ = LazyLock::force(lazy));
    read(&mut group, "lazylock-deref", lazies, |lazy| **lazy);
    // ANCHOR: read_token_cells
    let owner = QCellOwner::new();
    let qcells = [QCell::new(&owner, 1), QCell::new(&owner, 0)];
    read(&mut group, "qcell-ro", qcells, |c| *owner.ro(c));
    let owner = TCellOwner::<ReadMarker>::new();
    let tcells = [TCell::new(1), TCell::new(0)];
    read(&mut group, "tcell-ro", tcells, |c| *owner.ro(c));
    LCellOwner::scope(|owner| {
        let lcells = [LCell::new(1), LCell::new(0)];
        read(&mut group, "lcell-ro", lcells, |c| *owner.ro(c));
    });
    // ANCHOR_END: read_token_cells
    group.finish();
}

/// The marker type of the `TCell`s that `reads` measures.
struct ReadMarker;

/// Times `write(cell, value)` on one cell, over and over.
fn write<T>(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, cell: T, write: impl Fn(&T, u64)) {
    group.bench_function(id, |b| b.iter(|| write(black_box(&cell), black_box(7))));
}

fn writes(c: &mut Criterion) {
    let mut group = c.benchmark_group("write");
    let mut plain = 0_u64;
    group.bench_function("plain", |b| {
        b.iter(|| *black_box(&mut plain) = black_box(7))
    });
    write(&mut group, "cell-set", Cell::new(0), Cell::set);
    let refcell = RefCell::new(0);
    let borrow_mut = |c: &RefCell<u64>, v| *c.borrow_mut() = v;
    write(&mut group, "refcell-borrow-mut", refcell, borrow_mut);
    let atomic = || AtomicU64::new(0);
    let relaxed = |a: &AtomicU64, v| a.store(v, Relaxed);
    write(&mut group, "atomic-store-relaxed", atomic(), relaxed);
    let seqcst = |a: &AtomicU64, v| a.store(v, SeqCst);
    write(&mut group, "atomic-store-seqcst", atomic(), seqcst);
    let cell = AtomicCell::new(0);
    write(&mut group, "atomiccell-store", cell, AtomicCell::store);
    let cell = AtomicCell::new([0, 0]);
    let store = |c: &AtomicCell<[u64; 2]>, v| c.store([v, v]);
    write(&mut group, "atomiccell-store-locked", cell, store);
    group.finish();
}

// ANCHOR: increment
/// Times `increment(cell)` on one cell, over and over. Each increment reads
/// what the one before it wrote, so throughput and latency are the same here.
fn increment<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    cell: T,
    mut increment: impl FnMut(&T),
) {
    group.bench_function(id, |b| b.iter(|| increment(black_box(&cell))));
}

fn increments(c: &mut Criterion) {
    let mut group = c.benchmark_group("increment");
    let mut plain = 0_u64;
    group.bench_function("plain", |b| b.iter(|| *black_box(&mut plain) += 1));
    let cell = Cell::new(0_u64);
    increment(&mut group, "cell-get-set", cell, |c| c.set(c.get() + 1));
    let refcell = RefCell::new(0_u64);
    increment(&mut group, "refcell-borrow-mut", refcell, |c| {
        *c.borrow_mut() += 1;
    });
    // ANCHOR_END: increment
    let atomic = || AtomicU64::new(0);
    let relaxed = |a: &AtomicU64| _ = a.fetch_add(1, Relaxed);
    increment(&mut group, "atomic-fetch-add-relaxed", atomic(), relaxed);
    let seqcst = |a: &AtomicU64| _ = a.fetch_add(1, SeqCst);
    increment(&mut group, "atomic-fetch-add-seqcst", atomic(), seqcst);
    let relaxed = |a: &AtomicU64| compare_exchange_loop(a, Relaxed);
    let id = "atomic-compare-exchange-relaxed";
    increment(&mut group, id, atomic(), relaxed);
    let seqcst = |a: &AtomicU64| compare_exchange_loop(a, SeqCst);
    let id = "atomic-compare-exchange-seqcst";
    increment(&mut group, id, atomic(), seqcst);
    let atomic_cell = AtomicCell::new(0_u64);
    let fetch_add = |a: &AtomicCell<u64>| _ = a.fetch_add(1);
    increment(&mut group, "atomiccell-fetch-add", atomic_cell, fetch_add);
    let mutex = Mutex::new(0_u64);
    increment(&mut group, "mutex-lock", mutex, |m| *m.lock().unwrap() += 1);
    let mutex = parking_lot::Mutex::new(0_u64);
    increment(&mut group, "parking-lot-mutex-lock", mutex, |m| {
        *m.lock() += 1
    });
    let rwlock = RwLock::new(0_u64);
    increment(&mut group, "rwlock-write", rwlock, |l| {
        *l.write().unwrap() += 1
    });
    let rwlock = parking_lot::RwLock::new(0_u64);
    increment(&mut group, "parking-lot-rwlock-write", rwlock, |l| {
        *l.write() += 1
    });
    tokio_mutex(&mut group);
    let mut owner = QCellOwner::new();
    let qcell = QCell::new(&owner, 0_u64);
    increment(&mut group, "qcell-rw", qcell, |c| *owner.rw(c) += 1);
    let mut owner = TCellOwner::<IncrementMarker>::new();
    let tcell = TCell::new(0_u64);
    increment(&mut group, "tcell-rw", tcell, |c| *owner.rw(c) += 1);
    LCellOwner::scope(|mut owner| {
        let lcell = LCell::new(0_u64);
        increment(&mut group, "lcell-rw", lcell, |c| *owner.rw(c) += 1);
    });
    group.finish();
}

/// The marker type of the `TCell` that `increments` measures.
struct IncrementMarker;

// ANCHOR: compare_exchange
/// Adds one the way a lock-free algorithm updates a value: read it, compute
/// the new value, and store that only if nobody changed the value meanwhile
/// (on one thread nobody does, so the loop never repeats).
fn compare_exchange_loop(a: &AtomicU64, ordering: Ordering) {
    let mut current = a.load(ordering);
    while let Err(actual) = a.compare_exchange(current, current + 1, ordering, ordering) {
        current = actual;
    }
}
// ANCHOR_END: compare_exchange

// ANCHOR: tokio_mutex
/// `tokio::sync::Mutex::lock` is async: the loop runs inside one `block_on`
/// of a current-thread runtime, so only the lock, not the runtime, is timed.
fn tokio_mutex(group: &mut BenchmarkGroup<'_, WallTime>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mutex = tokio::sync::Mutex::new(0_u64);
    group.bench_function("tokio-mutex-lock", |b: &mut Bencher<'_>| {
        b.iter_custom(|iters| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..iters {
                    *black_box(&mutex).lock().await += 1;
                }
                start.elapsed()
            })
        })
    });
}
// ANCHOR_END: tokio_mutex

fn main() {
    let mut criterion = settings().configure_from_args();
    reads(&mut criterion);
    writes(&mut criterion);
    increments(&mut criterion);
    criterion.final_summary();
}
