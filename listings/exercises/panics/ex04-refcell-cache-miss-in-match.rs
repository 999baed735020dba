// Exercise 4 (RefCell): a memo of square roots, behind `&self`. On a miss,
// `root` computes the value and stores it. Make a miss work.
use std::cell::RefCell;
use std::collections::HashMap;

// ANCHOR: starter
struct Roots {
    memo: RefCell<HashMap<u64, u64>>,
}

impl Roots {
    fn root(&self, n: u64) -> u64 {
        match self.memo.borrow().get(&n) {
            Some(root) => *root,
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
// ANCHOR_END: starter
