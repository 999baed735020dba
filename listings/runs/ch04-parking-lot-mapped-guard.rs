use parking_lot::{MappedMutexGuard, Mutex, MutexGuard};

// ANCHOR: mapped_guard
struct Server {
    name: String,
    sessions: Vec<u32>,
}

// Callers get the sessions and nothing else of the server, still locked.
fn sessions(server: &Mutex<Server>) -> MappedMutexGuard<'_, Vec<u32>> {
    MutexGuard::map(server.lock(), |server| &mut server.sessions)
}

fn main() {
    let server = Mutex::new(Server {
        name: "db-1".to_string(),
        sessions: vec![7],
    });

    let mut open = sessions(&server);
    open.push(8);
    println!(
        "sessions {:?}; server locked: {}",
        *open,
        server.is_locked()
    );
    drop(open); // dropping the mapped guard unlocks the whole mutex
    println!("after the drop: server locked: {}", server.is_locked());

    // `try_map` maps only if the closure returns `Some`; otherwise it gives the guard back.
    let newest = MutexGuard::try_map(server.lock(), |server| server.sessions.last_mut());
    match newest {
        Ok(mut newest) => {
            *newest += 100;
            println!("try_map: newest session renumbered {}", *newest);
        }
        Err(guard) => println!("try_map: {} has no session", guard.name),
    }
    server.lock().sessions.clear();
    match MutexGuard::try_map(server.lock(), |server| server.sessions.last_mut()) {
        Ok(newest) => println!("try_map: newest session {}", *newest),
        Err(guard) => println!("try_map: {} has no session", guard.name),
    }
}
// ANCHOR_END: mapped_guard
