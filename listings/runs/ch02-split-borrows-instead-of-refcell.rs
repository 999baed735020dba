// ANCHOR: split_borrows
struct Shelf {
    stock: Vec<(&'static str, u32)>,
    log: Log,
}

#[derive(Default, Debug)]
struct Log(Vec<String>);

impl Log {
    fn record(&mut self, line: String) {
        self.0.push(line);
    }
}

impl Shelf {
    fn restock(&mut self) {
        // Two borrows of two different fields: the compiler sees they do not overlap.
        for (name, count) in &mut self.stock {
            if *count < 2 {
                *count += 10;
                self.log.record(format!("restocked {name}"));
            }
        }
    }
}

fn main() {
    let mut shelf = Shelf {
        stock: vec![("tea", 1), ("jam", 5)],
        log: Log::default(),
    };
    shelf.restock();
    println!("stock: {:?}", shelf.stock);
    println!("log:   {:?}", shelf.log);
}
// ANCHOR_END: split_borrows
