use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};

// ANCHOR: tokio_mapped_guard
struct Server {
    name: String,
    sessions: Vec<u32>,
}

async fn sessions(server: &Mutex<Server>) -> MappedMutexGuard<'_, Vec<u32>> {
    MutexGuard::map(server.lock().await, |server| &mut server.sessions)
}

#[tokio::main]
async fn main() {
    let server = Mutex::new(Server {
        name: "db-1".to_string(),
        sessions: vec![7],
    });

    let mut open = sessions(&server).await;
    tokio::task::yield_now().await; // a mapped guard may live across `.await` too
    open.push(8);
    println!(
        "sessions {:?}; server locked: {}",
        *open,
        server.try_lock().is_err()
    );
    drop(open);
    println!(
        "after the drop: server locked: {}",
        server.try_lock().is_err()
    );

    server.lock().await.sessions.clear();
    match MutexGuard::try_map(server.lock().await, |server| server.sessions.last_mut()) {
        Ok(newest) => println!("try_map: newest session {}", *newest),
        Err(guard) => println!("try_map: {} has no session", guard.name),
    }
}
// ANCHOR_END: tokio_mapped_guard
