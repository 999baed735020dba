// Exercise 4 (RefCell), solved: the shared borrow of a `match` scrutinee
// lives to the end of the `match`, so the lookup is done (and its guard
// dropped) in a `let` of its own first.
use std::cell::RefCell;
use std::collections::HashMap;

// ANCHOR: solution
struct Roots {
    memo: RefCell<HashMap<u64, u64>>,
}

impl Roots {
    fn root(&self, n: u64) -> u64 {
        let known = self.memo.borrow().get(&n).copied();
        match known {
            Some(root) => root,
            None => {
                let root = n.isqrt();
                self.memo.borrow_mut().insert(n, root);
                root
            }
        }
    }
}

fn main() {
    let roots = Roots {
        memo: RefCell::new(HashMap::new()),
    };
    assert_eq!(roots.root(81), 9);
    assert_eq!(roots.root(81), 9);
    assert_eq!(roots.memo.borrow().len(), 1);
    println!(
        "root(81) = {}, memo holds {}",
        roots.root(81),
        roots.memo.borrow().len()
    );
}
// ANCHOR_END: solution
