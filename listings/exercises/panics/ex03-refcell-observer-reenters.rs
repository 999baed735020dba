// Exercise 3 (RefCell): a button tells its listeners when it is clicked, and
// one listener subscribes another from inside its callback. Make `click`
// work without removing that listener.
use std::cell::RefCell;
use std::rc::Rc;

// ANCHOR: starter
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
        for listener in self.listeners.borrow().iter() {
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
// ANCHOR_END: starter
