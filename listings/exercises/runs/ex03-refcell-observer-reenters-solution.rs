// Exercise 3 (RefCell), solved: `click` copies the list of listeners (each an
// `Rc`, so a copy is cheap) and lets the borrow go before calling any of them.
use std::cell::RefCell;
use std::rc::Rc;

// ANCHOR: solution
type Listener = Rc<dyn Fn(&Button)>;

struct Button {
    listeners: RefCell<Vec<Listener>>,
    log: RefCell<Vec<String>>,
}

impl Button {
    fn subscribe(&self, listener: Listener) {
        self.listeners.borrow_mut().push(listener);
    }

    fn click(&self) {
        let listeners: Vec<Listener> = self.listeners.borrow().clone();
        for listener in &listeners {
            listener(self);
        }
    }
}

fn main() {
    let button = Button {
        listeners: RefCell::new(Vec::new()),
        log: RefCell::new(Vec::new()),
    };
    button.subscribe(Rc::new(|button: &Button| {
        button.log.borrow_mut().push("clicked".to_string());
        button.subscribe(Rc::new(|button: &Button| {
            button.log.borrow_mut().push("late listener".to_string());
        }));
    }));
    button.click();
    button.click();
    assert_eq!(button.log.borrow().len(), 3);
    println!("{:?}", button.log.borrow());
}
// ANCHOR_END: solution
