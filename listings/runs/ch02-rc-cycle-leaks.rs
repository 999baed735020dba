use std::cell::RefCell;
use std::rc::Rc;

// ANCHOR: cycle_leaks
struct Player {
    name: &'static str,
    partner: RefCell<Option<Rc<Player>>>,
}

impl Drop for Player {
    fn drop(&mut self) {
        println!("{} dropped", self.name); // never printed, as it turns out
    }
}

fn main() {
    let watch_ann;
    {
        let ann = Rc::new(Player {
            name: "ann",
            partner: RefCell::new(None),
        });
        let bob = Rc::new(Player {
            name: "bob",
            partner: RefCell::new(None),
        });
        *ann.partner.borrow_mut() = Some(Rc::clone(&bob));
        *bob.partner.borrow_mut() = Some(Rc::clone(&ann)); // a cycle
        println!(
            "strong counts: ann {}, bob {}",
            Rc::strong_count(&ann),
            Rc::strong_count(&bob)
        );
        watch_ann = Rc::downgrade(&ann);
    } // `ann` and `bob` go out of scope: each count drops by one
    println!(
        "after the scope: ann's strong count is {}",
        watch_ann.strong_count()
    );
    println!("ann is still in memory: {}", watch_ann.upgrade().is_some());
}
// ANCHOR_END: cycle_leaks
