use crossbeam_utils::atomic::AtomicCell;
use std::thread;

// ANCHOR: atomic_cell
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Idle,
    Running,
    Done,
}

fn main() {
    let phase = AtomicCell::new(Phase::Idle);
    let processed = AtomicCell::new(0_u32);

    thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                // Exactly one thread moves the phase from Idle to Running.
                let _ = phase.compare_exchange(Phase::Idle, Phase::Running);
                processed.fetch_add(10);
            });
        }
    });
    println!("phase {:?}, processed {}", phase.load(), processed.load());
    println!("swap(Done) returned {:?}", phase.swap(Phase::Done));
    println!(
        "a second Idle -> Running: {:?}",
        phase.compare_exchange(Phase::Idle, Phase::Running)
    );
    println!(
        "AtomicCell<Phase> is lock-free: {}",
        AtomicCell::<Phase>::is_lock_free()
    );
}
// ANCHOR_END: atomic_cell
