use tokio::sync::{mpsc, watch};

// ANCHOR: watch_config
#[derive(Clone)]
struct Config {
    version: u32,
    retries: u32,
}

// A single-threaded runtime: `main` runs until its next `.await`, so the
// two `send`s below happen before the worker can look.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (config_tx, mut config_rx) = watch::channel(Config {
        version: 1,
        retries: 3,
    });
    let (seen_tx, mut seen) = mpsc::unbounded_channel();

    let worker = tokio::spawn(async move {
        loop {
            let (version, retries) = {
                let config = config_rx.borrow_and_update(); // a read lock, until `config` goes
                (config.version, config.retries)
            }; // ... so it is gone before the `.await` below
            println!("worker uses version {version}, retries {retries}");
            seen_tx.send(version).unwrap();
            if config_rx.changed().await.is_err() {
                break; // the sender is gone
            }
        }
        println!("worker: the sender is gone, stopping");
    });

    seen.recv().await;
    config_tx
        .send(Config {
            version: 2,
            retries: 3,
        })
        .unwrap();
    seen.recv().await;
    config_tx.send_modify(|config| {
        config.version = 3;
        config.retries = 5;
    });
    seen.recv().await;
    config_tx
        .send(Config {
            version: 4,
            retries: 5,
        })
        .unwrap();
    config_tx
        .send(Config {
            version: 5,
            retries: 5,
        })
        .unwrap(); // replaces 4 unseen
    seen.recv().await;
    println!(
        "main: the channel holds version {}",
        config_tx.borrow().version
    );
    drop(config_tx);
    worker.await.unwrap();
}
// ANCHOR_END: watch_config
