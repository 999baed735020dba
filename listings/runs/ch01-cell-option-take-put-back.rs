use std::cell::Cell;

// ANCHOR: option_take_put_back
/// Has no sensible empty value, so it is neither `Copy` nor `Default`.
struct Connection {
    port: u16,
    sent: u32,
}

struct Client {
    connection: Cell<Option<Connection>>,
}

impl Client {
    /// Uses the connection through `&self`: take it out, use it, put it back.
    fn send(&self, message: &str) {
        let Some(mut connection) = self.connection.take() else {
            println!("not connected, dropped {message:?}");
            return;
        };
        connection.sent += 1;
        println!("sent {message:?} to port {}", connection.port);
        self.connection.set(Some(connection));
    }

    fn disconnect(&self) -> Option<Connection> {
        self.connection.take()
    }
}

fn main() {
    let client = Client {
        connection: Cell::new(Some(Connection {
            port: 5432,
            sent: 0,
        })),
    };
    client.send("hello");
    client.send("again");
    let closed = client.disconnect().expect("was connected");
    println!("closed port {} after {} messages", closed.port, closed.sent);
    client.send("too late");
}
// ANCHOR_END: option_take_put_back
