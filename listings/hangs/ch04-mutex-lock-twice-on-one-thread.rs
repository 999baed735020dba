use std::sync::Mutex;

// ANCHOR: lock_twice
struct Cart {
    items: Mutex<Vec<String>>,
}

impl Cart {
    fn len(&self) -> usize {
        self.items.lock().unwrap().len()
    }

    fn add_unless_full(&self, item: &str) {
        let mut items = self.items.lock().unwrap();
        println!("add_unless_full: holds the lock, now calls len()");
        if self.len() < 3 {
            // `len` asks for the lock this thread already holds: it never returns.
            items.push(item.to_string());
        }
    }
}

fn main() {
    let cart = Cart {
        items: Mutex::new(vec!["apples".to_string()]),
    };
    println!("cart has {} item(s)", cart.len());
    cart.add_unless_full("pears");
    println!("never printed");
}
// ANCHOR_END: lock_twice
