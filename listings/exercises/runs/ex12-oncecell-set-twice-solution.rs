// Exercise 12 (OnceCell), solved: `set` fails once the cell is full (it
// hands the value back in `Err`); `get_or_init` runs its closure only when
// the cell is empty.
use std::cell::{Cell, OnceCell};

// ANCHOR: solution
struct Settings {
    path: OnceCell<String>,
    loads: Cell<u32>,
}

impl Settings {
    fn load(&self) -> String {
        self.loads.set(self.loads.get() + 1);
        "/etc/app.toml".to_string()
    }

    fn path(&self) -> &str {
        self.path.get_or_init(|| self.load())
    }
}

fn main() {
    let settings = Settings {
        path: OnceCell::new(),
        loads: Cell::new(0),
    };
    println!("first: {}", settings.path());
    println!("second: {}", settings.path());
    assert_eq!(settings.loads.get(), 1);
    println!("loaded {} time(s)", settings.loads.get());
}
// ANCHOR_END: solution
