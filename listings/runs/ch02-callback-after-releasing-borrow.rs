use std::cell::{Cell, RefCell};

type Handler = Box<dyn Fn(&Button)>;

struct Button {
    clicks: Cell<u32>,
    handlers: RefCell<Vec<Handler>>,
}

impl Button {
    fn on_click(&self, handler: impl Fn(&Button) + 'static) {
        self.handlers.borrow_mut().push(Box::new(handler));
    }

    // ANCHOR: release_before_calling
    fn click(&self) {
        self.clicks.set(self.clicks.get() + 1);
        let running = self.handlers.take(); // the list is ours; no guard is left
        for handler in &running {
            handler(self); // a handler may now borrow `handlers` freely
        }
        let mut handlers = self.handlers.borrow_mut();
        let added_meanwhile = std::mem::replace(&mut *handlers, running);
        handlers.extend(added_meanwhile);
    }
    // ANCHOR_END: release_before_calling
}

fn main() {
    let button = Button {
        clicks: Cell::new(0),
        handlers: RefCell::new(Vec::new()),
    };
    button.on_click(|b| println!("clicked {} time(s)", b.clicks.get()));
    button.on_click(|b| {
        if b.clicks.get() == 1 {
            b.on_click(|_| println!("a handler added by a handler"));
        }
    });
    button.click();
    button.click();
}
