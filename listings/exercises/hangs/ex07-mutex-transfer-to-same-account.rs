// Exercise 7 (Mutex): `transfer` locks both accounts, then moves the money.
// The first transfer works; a transfer from an account to itself never
// returns. Fix `transfer` so that every transfer returns, and so that two
// threads moving money in opposite directions cannot deadlock either.
use std::sync::Mutex;

// ANCHOR: starter
struct Account {
    id: u32,
    balance: Mutex<i64>,
}

fn transfer(from: &Account, to: &Account, amount: i64) {
    let mut from_balance = from.balance.lock().unwrap();
    let mut to_balance = to.balance.lock().unwrap();
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
    // Opposite directions at once.
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
// ANCHOR_END: starter
