use std::sync::mpsc::{self, TrySendError};
use std::thread;

// ANCHOR: sync_channel
fn describe<T>(result: Result<(), TrySendError<T>>) -> &'static str {
    match result {
        Ok(()) => "queued",
        Err(TrySendError::Full(_)) => "full: `send` would block",
        Err(TrySendError::Disconnected(_)) => "disconnected",
    }
}

fn main() {
    // A bound of 2: at most two messages wait in the channel.
    let (sender, receiver) = mpsc::sync_channel(2);
    for job in ["job 1", "job 2", "job 3"] {
        println!("try_send({job:?}): {}", describe(sender.try_send(job)));
    }
    println!("recv: {:?}", receiver.recv().unwrap());
    println!(
        "try_send(\"job 3\"): {}",
        describe(sender.try_send("job 3"))
    );

    // A bound of 0: no message ever waits; each `send` meets a `recv`.
    let (sender, receiver) = mpsc::sync_channel(0);
    println!(
        "rendezvous, nobody receiving: {}",
        describe(sender.try_send(1))
    );
    thread::scope(|scope| {
        scope.spawn(move || {
            for n in 1..=3 {
                sender.send(n).unwrap(); // returns once main has taken `n`
            }
        }); // the thread drops the last `SyncSender`
        let got: Vec<i32> = receiver.iter().collect();
        println!("rendezvous, received: {got:?}");
    });
    println!("after the sender is gone: {:?}", receiver.recv());
}
// ANCHOR_END: sync_channel
