use std::cell::OnceCell;

// ANCHOR: reentrant_init
struct Server {
    port: OnceCell<u16>,
}

impl Server {
    fn port(&self) -> u16 {
        *self
            .port
            .get_or_init(|| self.port_from_settings().unwrap_or(8080))
    }

    /// A helper that also caches what it found, in the same cell.
    fn port_from_settings(&self) -> Option<u16> {
        let found: u16 = "9090".parse().ok()?;
        let cached = self.port.set(found); // the cell is still empty: Ok
        println!("helper cached the port: {cached:?}");
        Some(found)
    }
}

fn main() {
    let server = Server {
        port: OnceCell::new(),
    };
    println!("port {}", server.port());
}
// ANCHOR_END: reentrant_init
