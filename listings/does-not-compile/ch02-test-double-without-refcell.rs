// ANCHOR: double_without_refcell
trait Notifier {
    fn notify(&self, user: &str, message: &str);
}

#[derive(Default)]
struct RecordingNotifier {
    sent: Vec<String>,
}

impl Notifier for RecordingNotifier {
    fn notify(&self, user: &str, message: &str) {
        self.sent.push(format!("{user}: {message}")); // `self` is only `&Self`
    }
}
// ANCHOR_END: double_without_refcell

fn main() {
    let notifier = RecordingNotifier::default();
    notifier.notify("ada", "hello");
    println!("{:?}", notifier.sent);
}
