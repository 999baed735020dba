use std::cell::RefCell;

// ANCHOR: recording_double
trait Notifier {
    fn notify(&self, user: &str, message: &str); // `&self`: sending changes nothing we own
}

struct Billing<N: Notifier> {
    notifier: N,
}

impl<N: Notifier> Billing<N> {
    fn charge(&self, user: &str, cents: u32) {
        if cents > 10_000 {
            self.notifier
                .notify(user, &format!("large charge of {cents} cents"));
        }
    }
}

/// A test double: it sends nothing and remembers every call.
#[derive(Default)]
struct RecordingNotifier {
    sent: RefCell<Vec<String>>,
}

impl Notifier for RecordingNotifier {
    fn notify(&self, user: &str, message: &str) {
        self.sent.borrow_mut().push(format!("{user}: {message}"));
    }
}

fn main() {
    let billing = Billing {
        notifier: RecordingNotifier::default(),
    };
    billing.charge("ada", 2_500);
    billing.charge("grace", 25_000);

    let sent = billing.notifier.sent.borrow();
    assert_eq!(sent.len(), 1, "only the large charge notifies");
    println!("recorded: {sent:?}");
}
// ANCHOR_END: recording_double
