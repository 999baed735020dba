// ANCHOR: whole_self
struct Shelf {
    stock: Vec<(&'static str, u32)>,
    log: Vec<String>,
}

impl Shelf {
    fn record(&mut self, line: String) {
        self.log.push(line);
    }

    fn restock(&mut self) {
        for (name, count) in &mut self.stock {
            if *count < 2 {
                *count += 10;
                self.record(format!("restocked {name}")); // needs all of `self`
            }
        }
    }
}
// ANCHOR_END: whole_self

fn main() {
    let mut shelf = Shelf {
        stock: vec![("tea", 1), ("jam", 5)],
        log: Vec::new(),
    };
    shelf.restock();
    println!("{:?} {:?}", shelf.stock, shelf.log);
}
