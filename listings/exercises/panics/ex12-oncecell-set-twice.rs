// Exercise 12 (OnceCell): settings load their file path lazily, once. The
// second call panics. Make every call work, and keep the load to one.
use std::cell::{Cell, OnceCell};

// ANCHOR: starter
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
        self.path.set(self.load()).unwrap();
        self.path.get().unwrap()
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
// ANCHOR_END: starter
