// Exercise 7 (Mutex), solved: a transfer to the same account changes
// nothing, so it returns before locking; any other transfer locks the two
// accounts in one global order (by id), so no two transfers can each hold
// the lock the other waits for.
use std::sync::Mutex;

// ANCHOR: solution
struct Account {
    id: u32,
    balance: Mutex<i64>,
}

fn transfer(from: &Account, to: &Account, amount: i64) {
    if from.id == to.id {
        return;
    }
    let (first, second) = if from.id < to.id {
        (from, to)
    } else {
        (to, from)
    };
    let mut first_balance = first.balance.lock().unwrap();
    let mut second_balance = second.balance.lock().unwrap();
    let (from_balance, to_balance) = if first.id == from.id {
        (&mut *first_balance, &mut *second_balance)
    } else {
        (&mut *second_balance, &mut *first_balance)
    };
    *from_balance -= amount;
    *to_balance += amount;
}

fn main() {
    let alice = Account {
        id: 1,
        balance: Mutex::new(100),
    };
    let bob = Account {
        id: 2,
        balance: Mutex::new(50),
    };
    transfer(&alice, &bob, 30);
    transfer(&bob, &alice, 10);
    println!(
        "alice {} (account {}), bob {} (account {})",
        alice.balance.lock().unwrap(),
        alice.id,
        bob.balance.lock().unwrap(),
        bob.id
    );
    println!("now alice pays herself 5");
    transfer(&alice, &alice, 5);
    assert_eq!(*alice.balance.lock().unwrap(), 80);
    println!("alice still has {}", alice.balance.lock().unwrap());
    // Opposite directions at once: both lock alice first, then bob.
    std::thread::scope(|scope| {
        scope.spawn(|| (0..100).for_each(|_| transfer(&alice, &bob, 1)));
        scope.spawn(|| (0..100).for_each(|_| transfer(&bob, &alice, 1)));
    });
    println!(
        "after 200 transfers both ways: alice {}, bob {}",
        alice.balance.lock().unwrap(),
        bob.balance.lock().unwrap()
    );
}
// ANCHOR_END: solution
