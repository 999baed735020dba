use std::sync::{Condvar, Mutex};
use std::thread;

// ANCHOR: notify_one_vs_all
#[derive(Default)]
struct State {
    waiting: usize, // waiters that have checked the condition and wait
    open: bool,     // a change every waiter is waiting for
    tickets: usize, // a change that lets exactly one waiter go on
}

#[derive(Default)]
struct Gate {
    state: Mutex<State>,
    changed: Condvar, // the waiters wait on this one
    arrived: Condvar, // main waits on this one
}

impl Gate {
    fn wait_for_waiters(&self, waiters: usize) {
        let state = self.state.lock().unwrap();
        // `wait` unlocks and sleeps in one step: once main holds the lock
        // again, every counted waiter is asleep in `wait`, or sees the next change.
        drop(
            self.arrived
                .wait_while(state, |s| s.waiting < waiters)
                .unwrap(),
        );
    }
}

fn main() {
    let gate = Gate::default();
    thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                let mut state = gate.state.lock().unwrap();
                state.waiting += 1;
                gate.arrived.notify_one();
                let mut state = gate.changed.wait_while(state, |s| !s.open).unwrap();
                state.waiting -= 1;
            });
        }
        gate.wait_for_waiters(3);
        gate.state.lock().unwrap().open = true;
        gate.changed.notify_all(); // every waiter wakes and re-checks `open`
    });
    println!("notify_all once:     all 3 waiters passed the open gate");

    let gate = Gate::default();
    let taken = thread::scope(|scope| {
        let waiters: Vec<_> = (0..3)
            .map(|_| {
                scope.spawn(|| {
                    let mut state = gate.state.lock().unwrap();
                    state.waiting += 1;
                    gate.arrived.notify_one();
                    let mut state = gate.changed.wait_while(state, |s| s.tickets == 0).unwrap();
                    state.tickets -= 1; // one ticket lets one waiter through
                    1
                })
            })
            .collect();
        gate.wait_for_waiters(3);
        for _ in 0..3 {
            gate.state.lock().unwrap().tickets += 1;
            gate.changed.notify_one(); // one ticket, one waiter to wake
        }
        waiters.into_iter().map(|w| w.join().unwrap()).sum::<u32>()
    });
    let left = gate.state.lock().unwrap().tickets;
    println!("notify_one per ticket: {taken} waiters took a ticket each, {left} left");
}
// ANCHOR_END: notify_one_vs_all
