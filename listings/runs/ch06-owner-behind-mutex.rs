use qcell::{TCell, TCellOwner};
use std::sync::Mutex;
use std::thread;

// ANCHOR: owner_behind_mutex
struct Stock;
type StockCell<T> = TCell<Stock, T>;

struct Shelf {
    name: &'static str,
    items: StockCell<u32>,
}

fn main() {
    let shelves: Vec<Shelf> = ["front", "middle", "back"]
        .into_iter()
        .map(|name| Shelf {
            name,
            items: StockCell::new(100),
        })
        .collect();
    // One lock guards the owner, and through it every cell it owns.
    let owner = Mutex::new(TCellOwner::<Stock>::new());

    thread::scope(|scope| {
        for worker in 0..shelves.len() {
            let (shelves, owner) = (&shelves, &owner);
            scope.spawn(move || {
                let (from, to) = (&shelves[worker], &shelves[(worker + 1) % 3]);
                for _ in 0..10 * (worker + 1) {
                    let mut owner = owner.lock().unwrap(); // `&mut TCellOwner`
                    let (from, to) = owner.rw2(&from.items, &to.items);
                    *from -= 1;
                    *to += 1;
                } // the guard goes: other workers may take the owner
            });
        }
    });

    let owner = owner.into_inner().unwrap();
    for shelf in &shelves {
        println!("{:<6} {}", shelf.name, shelf.items.ro(&owner));
    }
    let total: u32 = shelves.iter().map(|shelf| shelf.items.ro(&owner)).sum();
    println!("total  {total}");
}
// ANCHOR_END: owner_behind_mutex
