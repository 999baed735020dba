use std::cell::{Cell, RefCell};
use std::collections::HashMap;

// ANCHOR: memoised_lookup
/// Shipping prices per postcode; `price` takes `&self` and caches behind it.
struct Shipping {
    cache: RefCell<HashMap<u32, u32>>,
    computed: Cell<u32>,
}

impl Shipping {
    fn price(&self, postcode: u32) -> u32 {
        // Copy the hit out, so the `Ref` ends at this `;`.
        let cached = self.cache.borrow().get(&postcode).copied();
        if let Some(price) = cached {
            return price;
        }
        let price = self.compute(postcode);
        self.cache.borrow_mut().insert(postcode, price);
        price
    }

    fn compute(&self, postcode: u32) -> u32 {
        self.computed.set(self.computed.get() + 1); // stands for slow work
        500 + postcode % 7 * 100
    }
}

fn quote(shipping: &Shipping, postcodes: &[u32]) -> u32 {
    postcodes.iter().map(|&p| shipping.price(p)).sum()
}

fn main() {
    let shipping = Shipping {
        cache: RefCell::new(HashMap::new()),
        computed: Cell::new(0),
    };
    println!("first quote:  {}", quote(&shipping, &[1010, 2020, 1010]));
    println!("second quote: {}", quote(&shipping, &[2020, 1010]));
    println!(
        "prices computed: {}, cached: {}",
        shipping.computed.get(),
        shipping.cache.borrow().len()
    );
}
// ANCHOR_END: memoised_lookup
