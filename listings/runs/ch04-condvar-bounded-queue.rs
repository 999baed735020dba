use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::thread;

// ANCHOR: bounded_queue
struct BoundedQueue<T> {
    items: Mutex<VecDeque<T>>,
    capacity: usize,
    not_empty: Condvar, // consumers wait here
    not_full: Condvar,  // producers wait here
}

impl<T> BoundedQueue<T> {
    fn new(capacity: usize) -> Self {
        BoundedQueue {
            items: Mutex::new(VecDeque::with_capacity(capacity)),
            capacity,
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        }
    }

    fn push(&self, item: T) {
        let items = self.items.lock().unwrap();
        let mut items = self
            .not_full
            .wait_while(items, |items| items.len() == self.capacity)
            .unwrap();
        items.push_back(item);
        assert!(items.len() <= self.capacity);
        drop(items);
        self.not_empty.notify_one(); // one new item: one consumer may go on
    }

    fn pop(&self) -> T {
        let items = self.items.lock().unwrap();
        let mut items = self
            .not_empty
            .wait_while(items, |items| items.is_empty())
            .unwrap();
        let item = items.pop_front().unwrap();
        drop(items);
        self.not_full.notify_one(); // one free slot: one producer may go on
        item
    }
}

fn main() {
    let queue = BoundedQueue::new(2);
    let mut received = thread::scope(|scope| {
        let consumers: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    let mut got = Vec::new();
                    while let Some(job) = queue.pop() {
                        got.push(job);
                    }
                    got
                })
            })
            .collect();
        let producers: Vec<_> = ["a", "b", "c"]
            .into_iter()
            .map(|name| {
                let queue = &queue;
                scope.spawn(move || {
                    for n in 1..=4 {
                        queue.push(Some(format!("{name}{n}")));
                    }
                })
            })
            .collect();
        for producer in producers {
            producer.join().unwrap();
        }
        for _ in &consumers {
            queue.push(None); // one "no more jobs" for each consumer
        }
        consumers
            .into_iter()
            .flat_map(|c| c.join().unwrap())
            .collect::<Vec<_>>()
    });
    received.sort();
    println!("{} jobs through a queue of 2 slots:", received.len());
    println!("{}", received.join(" "));
}
// ANCHOR_END: bounded_queue
