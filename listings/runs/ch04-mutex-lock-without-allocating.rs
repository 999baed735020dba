use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting every allocation it makes.
struct CountingAllocator;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the counter has no effect on the memory handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's guarantees for `layout` are passed on as they are.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above, that is from `System`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

// ANCHOR: lock_without_allocating
static VISITS: Mutex<u64> = Mutex::new(0); // built at compile time

fn main() {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    *VISITS.lock().unwrap() += 1; // the first lock and unlock of `VISITS`
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    println!(
        "heap allocations made by the first lock: {}",
        after - before
    );
}
// ANCHOR_END: lock_without_allocating
