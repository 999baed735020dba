use std::cell::{Cell, RefCell};

// ANCHOR: callback_reenters
type Handler = Box<dyn Fn(&Button)>;

struct Button {
    clicks: Cell<u32>,
    handlers: RefCell<Vec<Handler>>,
}

impl Button {
    fn on_click(&self, handler: impl Fn(&Button) + 'static) {
        self.handlers.borrow_mut().push(Box::new(handler));
    }

    fn click(&self) {
        self.clicks.set(self.clicks.get() + 1);
        for handler in self.handlers.borrow().iter() {
            handler(self); // the `Ref` of the loop is alive during every call
        }
    }
}

fn main() {
    let button = Button {
        clicks: Cell::new(0),
        handlers: RefCell::new(Vec::new()),
    };
    button.on_click(|b| println!("clicked {} time(s)", b.clicks.get()));
    button.on_click(|b| {
        if b.clicks.get() == 1 {
            // A handler that registers another handler: a call back into `button`.
            b.on_click(|_| println!("a handler added by a handler"));
        }
    });
    button.click();
    button.click();
}
// ANCHOR_END: callback_reenters
