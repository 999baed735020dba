//! The Costs chapter: each primitive of the book on one thread, with no other
//! thread in the way, beside a plain `u64` doing the same work in the same
//! benchmark group, an empty harness, and the machine's own floor.
//!
//!     cargo bench -p listings --bench ch08-uncontended
//!
//! `cargo run -p costs-report` runs this and `ch08-contended`, then writes
//! the chapter's tables from criterion's saved estimates.

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, Throughput};
use crossbeam_utils::CachePadded;
use crossbeam_utils::atomic::AtomicCell;
use qcell::{LCell, LCellOwner, QCell, QCellOwner, TCell, TCellOwner};
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::rc::Rc;
use std::sync::atomic::Ordering::{Relaxed, SeqCst};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant};

// ANCHOR: settings
/// Short runs, so that the whole suite (run twice) stays within minutes on a
/// small machine, and fewer bootstrap resamples than the default 100 000.
/// Command-line options such as `--measurement-time 5` override these.
fn settings() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(900))
        .nresamples(10_000)
}
// ANCHOR_END: settings

// ANCHOR: amortised
/// Operations per `black_box`: each timed pass works on `OPS` cells, and
/// `black_box` hides the cells from the optimiser once per pass, not once
/// per operation, so that its own loads and stores are a small share of the
/// time (the empty-harness row measures that share). Criterion is told that
/// a pass is `OPS` operations, and reports the time of one.
const OPS: usize = 128;

/// `OPS` cells, each in a cache line of its own: no two operations touch
/// the same memory, and the optimiser cannot merge them into vector
/// instructions, which would measure the compiler rather than the type.
type Cells<T> = [CachePadded<T>; OPS];

fn cells<T>(make: impl Fn(u64) -> T) -> Cells<T> {
    std::array::from_fn(|i| CachePadded::new(make(i as u64 % 2)))
}
// ANCHOR_END: amortised

// ANCHOR: read_two_ways
/// Times one way of reading a `u64` twice. Throughput: a pass reads `OPS`
/// different cells into four sums, and no read waits for another, so the
/// processor may overlap them. Latency: the value read picks the cell of
/// the next read (the two cells hold 1 and 0), so each read waits for the
/// one before it, `OPS` times per pass.
fn read<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    make: impl Fn(u64) -> T,
    read: impl Fn(&T) -> u64,
) {
    let many = cells(&make);
    group.throughput(Throughput::Elements(OPS as u64));
    group.bench_function(BenchmarkId::new(id, "throughput"), |b| {
        b.iter(|| {
            // Four sums in four registers: no sum waits long for a read.
            let (mut s0, mut s1, mut s2, mut s3) = (0_u64, 0_u64, 0_u64, 0_u64);
            for four in black_box(&many).chunks_exact(4) {
                s0 = s0.wrapping_add(read(&four[0]));
                s1 = s1.wrapping_add(read(&four[1]));
                s2 = s2.wrapping_add(read(&four[2]));
                s3 = s3.wrapping_add(read(&four[3]));
            }
            [s0, s1, s2, s3]
        })
    });
    let two = [make(1), make(0)];
    group.bench_function(BenchmarkId::new(id, "latency"), |b| {
        b.iter_custom(|iters| {
            let mut next = 0;
            let start = Instant::now();
            for _ in 0..iters {
                let two = black_box(&two);
                for _ in 0..OPS {
                    next = read(&two[next]) as usize & 1;
                }
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
    // The harness alone: the same passes, with nothing read.
    read(&mut group, "empty-harness", |v| v, |_| 0);
    read(&mut group, "plain", |v| v, |value| *value);
    read(&mut group, "cell-get", Cell::new, Cell::get);
    read(&mut group, "refcell-borrow", RefCell::new, |c| *c.borrow());
    // ANCHOR_END: read_group
    let relaxed = |a: &AtomicU64| a.load(Relaxed);
    read(&mut group, "atomic-load-relaxed", AtomicU64::new, relaxed);
    let seqcst = |a: &AtomicU64| a.load(SeqCst);
    read(&mut group, "atomic-load-seqcst", AtomicU64::new, seqcst);
    read(
        &mut group,
        "atomiccell-load",
        AtomicCell::new,
        AtomicCell::load,
    );
    // ANCHOR: atomic_cell_locked
    // Too big for an atomic instruction: `AtomicCell` falls back to a lock.
    assert!(!AtomicCell::<[u64; 2]>::is_lock_free());
    let pair = |v| AtomicCell::new([v, 0]);
    read(&mut group, "atomiccell-load-locked", pair, |c| c.load()[0]);
    // ANCHOR_END: atomic_cell_locked
    // ANCHOR: read_locks
    read(&mut group, "mutex-lock", Mutex::new, |m| *m.lock().unwrap());
    let id = "parking-lot-mutex-lock";
    read(&mut group, id, parking_lot::Mutex::new, |m| *m.lock());
    read(&mut group, "rwlock-read", RwLock::new, |l| {
        *l.read().unwrap()
    });
    let id = "parking-lot-rwlock-read";
    read(&mut group, id, parking_lot::RwLock::new, |l| *l.read());
    // ANCHOR_END: read_locks
    let once = |v| {
        let once = OnceLock::new();
        once.set(v).unwrap();
        once
    };
    read(&mut group, "oncelock-get", once, |o| *o.get().unwrap());
    let lazy = |v| {
        let lazy: LazyLock<u64, Box<dyn FnOnce() -> u64>> = LazyLock::new(Box::new(move || v));
        LazyLock::force(&lazy);
        lazy
    };
    read(&mut group, "lazylock-deref", lazy, |lazy| **lazy);
    // ANCHOR: read_token_cells
    let owner = QCellOwner::new();
    let qcell = |v| QCell::new(&owner, v);
    read(&mut group, "qcell-ro", qcell, |c| *owner.ro(c));
    let owner = TCellOwner::<ReadMarker>::new();
    read(&mut group, "tcell-ro", TCell::new, |c| *owner.ro(c));
    LCellOwner::scope(|owner| {
        read(&mut group, "lcell-ro", LCell::new, |c| *owner.ro(c));
    });
    // ANCHOR_END: read_token_cells
    group.finish();
}

/// The marker type of the `TCell`s that `reads` measures.
struct ReadMarker;

/// Times `write(cell, value)` on `OPS` different cells per pass.
fn write<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    make: impl Fn(u64) -> T,
    write: impl Fn(&T, u64),
) {
    let many = cells(make);
    group.throughput(Throughput::Elements(OPS as u64));
    group.bench_function(id, |b| {
        b.iter(|| {
            let value = black_box(7);
            for cell in black_box(&many) {
                write(cell, value);
            }
        })
    });
}

fn writes(c: &mut Criterion) {
    let mut group = c.benchmark_group("write");
    write(&mut group, "empty-harness", |v| v, |_, _| {});
    let mut plain = cells(|v| v);
    group.throughput(Throughput::Elements(OPS as u64));
    group.bench_function("plain", |b| {
        b.iter(|| {
            let value = black_box(7);
            for cell in black_box(&mut plain) {
                **cell = value;
            }
        })
    });
    write(&mut group, "cell-set", Cell::new, Cell::set);
    let borrow_mut = |c: &RefCell<u64>, v| *c.borrow_mut() = v;
    write(&mut group, "refcell-borrow-mut", RefCell::new, borrow_mut);
    let relaxed = |a: &AtomicU64, v| a.store(v, Relaxed);
    write(&mut group, "atomic-store-relaxed", AtomicU64::new, relaxed);
    let seqcst = |a: &AtomicU64, v| a.store(v, SeqCst);
    write(&mut group, "atomic-store-seqcst", AtomicU64::new, seqcst);
    write(
        &mut group,
        "atomiccell-store",
        AtomicCell::new,
        AtomicCell::store,
    );
    let pair = |v| AtomicCell::new([v, v]);
    let store = |c: &AtomicCell<[u64; 2]>, v| c.store([v, v]);
    write(&mut group, "atomiccell-store-locked", pair, store);
    group.finish();
}

// ANCHOR: increment
/// Times `increment(cell)` on `OPS` different cells per pass: independent
/// increments, like the throughput reads. (Adding one to a single cell `OPS`
/// times would let the optimiser add `OPS` once.)
fn increment<T>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    make: impl Fn(u64) -> T,
    mut increment: impl FnMut(&T),
) {
    let many = cells(make);
    group.throughput(Throughput::Elements(OPS as u64));
    group.bench_function(id, |b| {
        b.iter(|| {
            for cell in black_box(&many) {
                increment(cell);
            }
        })
    });
}

fn increments(c: &mut Criterion) {
    let mut group = c.benchmark_group("increment");
    increment(&mut group, "empty-harness", |v| v, |_| {});
    let mut plain = cells(|v| v);
    group.throughput(Throughput::Elements(OPS as u64));
    group.bench_function("plain", |b| {
        b.iter(|| {
            for cell in black_box(&mut plain) {
                **cell += 1;
            }
        })
    });
    let get_set = |c: &Cell<u64>| c.set(c.get() + 1);
    increment(&mut group, "cell-get-set", Cell::new, get_set);
    increment(&mut group, "refcell-borrow-mut", RefCell::new, |c| {
        *c.borrow_mut() += 1;
    });
    // ANCHOR_END: increment
    let relaxed = |a: &AtomicU64| _ = a.fetch_add(1, Relaxed);
    let id = "atomic-fetch-add-relaxed";
    increment(&mut group, id, AtomicU64::new, relaxed);
    let seqcst = |a: &AtomicU64| _ = a.fetch_add(1, SeqCst);
    increment(
        &mut group,
        "atomic-fetch-add-seqcst",
        AtomicU64::new,
        seqcst,
    );
    let relaxed = |a: &AtomicU64| compare_exchange_loop(a, Relaxed);
    let id = "atomic-compare-exchange-relaxed";
    increment(&mut group, id, AtomicU64::new, relaxed);
    let seqcst = |a: &AtomicU64| compare_exchange_loop(a, SeqCst);
    let id = "atomic-compare-exchange-seqcst";
    increment(&mut group, id, AtomicU64::new, seqcst);
    let fetch_add = |a: &AtomicCell<u64>| _ = a.fetch_add(1);
    increment(
        &mut group,
        "atomiccell-fetch-add",
        AtomicCell::new,
        fetch_add,
    );
    let lock = |m: &Mutex<u64>| *m.lock().unwrap() += 1;
    increment(&mut group, "mutex-lock", Mutex::new, lock);
    let lock = |m: &parking_lot::Mutex<u64>| *m.lock() += 1;
    increment(
        &mut group,
        "parking-lot-mutex-lock",
        parking_lot::Mutex::new,
        lock,
    );
    let write = |l: &RwLock<u64>| *l.write().unwrap() += 1;
    increment(&mut group, "rwlock-write", RwLock::new, write);
    let write = |l: &parking_lot::RwLock<u64>| *l.write() += 1;
    let id = "parking-lot-rwlock-write";
    increment(&mut group, id, parking_lot::RwLock::new, write);
    tokio_mutex(&mut group);
    let mut owner = QCellOwner::new();
    let qcell = |v| QCell::new(&owner, v);
    let many = cells(qcell);
    group.bench_function("qcell-rw", |b| {
        b.iter(|| {
            for cell in black_box(&many) {
                *owner.rw(cell) += 1;
            }
        })
    });
    let mut owner = TCellOwner::<IncrementMarker>::new();
    increment(&mut group, "tcell-rw", TCell::new, |c| *owner.rw(c) += 1);
    LCellOwner::scope(|mut owner| {
        increment(&mut group, "lcell-rw", LCell::new, |c| *owner.rw(c) += 1);
    });
    group.finish();
}

/// The marker type of the `TCell`s that `increments` measures.
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
/// of a current-thread runtime, so only the locks, not the runtime, are
/// timed.
fn tokio_mutex(group: &mut BenchmarkGroup<'_, WallTime>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let many = cells(tokio::sync::Mutex::new);
    group.bench_function("tokio-mutex-lock", |b| {
        b.iter_custom(|iters| {
            runtime.block_on(async {
                let start = Instant::now();
                for _ in 0..iters {
                    for mutex in black_box(&many) {
                        *mutex.lock().await += 1;
                    }
                }
                start.elapsed()
            })
        })
    });
}
// ANCHOR_END: tokio_mutex

// ANCHOR: clone
/// `Rc::clone` against `Arc::clone`: a pass clones `OPS` different pointers,
/// hands the clones to `black_box` (so that no count update can be
/// cancelled against the next), then drops them.
fn clones(c: &mut Criterion) {
    let mut group = c.benchmark_group("clone");
    group.throughput(Throughput::Elements(OPS as u64));
    let rcs: [Rc<u64>; OPS] = std::array::from_fn(|i| Rc::new(i as u64));
    let arcs: [Arc<u64>; OPS] = std::array::from_fn(|i| Arc::new(i as u64));
    group.bench_function("empty-harness", |b| b.iter(|| black_box(black_box(&rcs))));
    group.bench_function("rc", |b| {
        b.iter(|| drop(black_box(black_box(&rcs).clone())))
    });
    group.bench_function("arc", |b| {
        b.iter(|| drop(black_box(black_box(&arcs).clone())))
    });
    group.finish();
}
// ANCHOR_END: clone

// ANCHOR: floor
/// Steps per pass of each floor chain.
const CHAIN: usize = 16;

/// `CHAIN` dependent `add`s, in assembly so that the optimiser cannot fold
/// them into one: one cycle each on every x86-64 core of the last decade,
/// which makes this chain the run's clock. The amount added comes from a
/// register, not an immediate: recent Intel cores can fold chains of
/// immediate adds at register renaming.
#[cfg(target_arch = "x86_64")]
fn add_chain(mut x: u64) -> u64 {
    // SAFETY: the instructions only read and write the two registers they
    // are given; they touch no memory and no stack, as the options say.
    unsafe {
        std::arch::asm!(
            "add {x}, {one}", "add {x}, {one}", "add {x}, {one}", "add {x}, {one}",
            "add {x}, {one}", "add {x}, {one}", "add {x}, {one}", "add {x}, {one}",
            "add {x}, {one}", "add {x}, {one}", "add {x}, {one}", "add {x}, {one}",
            "add {x}, {one}", "add {x}, {one}", "add {x}, {one}", "add {x}, {one}",
            x = inout(reg) x,
            one = in(reg) 1_u64,
            options(pure, nomem, nostack),
        );
    }
    x
}

/// Elsewhere the chain goes through `black_box`, which costs more than an
/// add: the cycle counts are then only rough.
#[cfg(not(target_arch = "x86_64"))]
fn add_chain(mut x: u64) -> u64 {
    for _ in 0..CHAIN {
        x = black_box(x) + 1;
    }
    x
}

/// Two nodes that point at each other: following `next` is one load whose
/// address is the result of the load before it.
struct Node {
    next: Cell<Option<&'static Node>>,
}

/// Times a chain: `step` applied `CHAIN` times per pass, each on the result of
/// the one before, across passes too.
fn chain<T: Copy>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    first: T,
    step: impl Fn(T) -> T,
) {
    group.bench_function(id, |b| {
        b.iter_custom(|iters| {
            let mut x = black_box(first);
            let start = Instant::now();
            for _ in 0..iters {
                x = step(x);
            }
            let elapsed = start.elapsed();
            black_box(x);
            elapsed
        })
    });
}

fn floor(c: &mut Criterion) {
    let mut group = c.benchmark_group("floor");
    group.throughput(Throughput::Elements(CHAIN as u64));
    chain(&mut group, "add-chain", 0_u64, add_chain);
    let a: &'static Node = Box::leak(Box::new(Node {
        next: Cell::new(None),
    }));
    let b: &'static Node = Box::leak(Box::new(Node {
        next: Cell::new(Some(a)),
    }));
    a.next.set(Some(b));
    chain(&mut group, "l1-load-chain", a, |mut node| {
        for _ in 0..CHAIN {
            node = node.next.get().unwrap();
        }
        node
    });
    let atomic = AtomicU64::new(0);
    chain(&mut group, "lock-add-chain", 0_u64, |mut x| {
        for _ in 0..CHAIN {
            // `lock xadd`: the amount added is the result of the last one.
            x = atomic.fetch_add(x & 1, Relaxed);
        }
        x
    });
    group.finish();
}
// ANCHOR_END: floor

fn main() {
    let mut criterion = settings().configure_from_args();
    floor(&mut criterion);
    reads(&mut criterion);
    writes(&mut criterion);
    increments(&mut criterion);
    clones(&mut criterion);
    criterion.final_summary();
}
