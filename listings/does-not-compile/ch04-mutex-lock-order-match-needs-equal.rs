use std::cmp::Ordering;
use std::sync::Mutex;

struct Account {
    id: u32,
    balance: Mutex<i64>,
}

// ANCHOR: match_needs_equal
/// The lock-order transfer with its `Ordering::Equal` arm left out.
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
    };
    *source -= amount;
    *target += amount;
}
// ANCHOR_END: match_needs_equal

fn main() {
    let alice = Account {
        id: 1,
        balance: Mutex::new(1000),
    };
    transfer(&alice, &alice, 1);
    println!("alice: {}", alice.balance.lock().unwrap());
}
