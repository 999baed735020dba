use std::cmp::Ordering;
use std::sync::Mutex;
use std::thread;

// ANCHOR: one_order
struct Account {
    id: u32,
    balance: Mutex<i64>,
}

/// Locks the account with the lower id first, whichever way the money flows.
fn transfer(from: &Account, to: &Account, amount: i64) {
    let (mut source, mut target) = match from.id.cmp(&to.id) {
        Ordering::Less => {
            let source = from.balance.lock().unwrap();
            (source, to.balance.lock().unwrap())
        }
        Ordering::Greater => {
            let target = to.balance.lock().unwrap();
            (from.balance.lock().unwrap(), target)
        }
        // One account: locking it "twice" on this thread would never return.
        Ordering::Equal => return,
    };
    *source -= amount;
    *target += amount;
}

fn main() {
    let alice = Account {
        id: 1,
        balance: Mutex::new(1000),
    };
    let bob = Account {
        id: 2,
        balance: Mutex::new(1000),
    };

    thread::scope(|scope| {
        scope.spawn(|| (0..1000).for_each(|_| transfer(&alice, &bob, 1)));
        scope.spawn(|| (0..1000).for_each(|_| transfer(&bob, &alice, 2)));
        scope.spawn(|| transfer(&alice, &alice, 50)); // to herself: a no-op
    });
    let alice_balance = *alice.balance.lock().unwrap();
    let bob_balance = *bob.balance.lock().unwrap();
    println!(
        "alice {alice_balance}, bob {bob_balance}, total {}",
        alice_balance + bob_balance
    );
}
// ANCHOR_END: one_order
