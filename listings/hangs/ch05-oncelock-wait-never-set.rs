use std::sync::OnceLock;
use std::thread;

// ANCHOR: wait_never_set
static PORT: OnceLock<u16> = OnceLock::new();

fn bind(requested: &str) -> Result<u16, String> {
    requested
        .parse()
        .map_err(|_| format!("no such port: {requested}"))
}

fn main() {
    thread::scope(|s| {
        s.spawn(|| {
            let port = PORT.wait(); // nobody will ever set it
            println!("serving on port {port}");
        });
        match bind("80a") {
            Ok(port) => PORT.set(port).unwrap(),
            Err(error) => println!("main: {error}; PORT stays empty"),
        }
    }); // the scope joins the waiter, which waits for good
}
// ANCHOR_END: wait_never_set
