use std::thread;

// ANCHOR: unsafe_impl_send
/// A byte buffer that owns its memory through a raw pointer, as a handle
/// from a C library would. Raw pointers are neither `Send` nor `Sync`, so
/// neither is `Buffer` until we say otherwise.
struct Buffer {
    ptr: *mut u8,
    len: usize,
}

// SAFETY: a `Buffer` is the only owner of its allocation: no other pointer to
// it exists, and no method hands one out that outlives the borrow of the
// `Buffer`. Moving the `Buffer` to another thread moves that sole ownership.
// (No `Sync`: nothing here has been checked for use from two threads at once.)
unsafe impl Send for Buffer {}

impl Buffer {
    fn zeroed(len: usize) -> Buffer {
        let ptr = Box::into_raw(vec![0_u8; len].into_boxed_slice()).cast::<u8>();
        Buffer { ptr, len }
    }

    fn as_mut_slice(&mut self) -> &mut [u8] {
        // SAFETY: `ptr` and `len` came from a live boxed slice that this
        // `Buffer` owns, and `&mut self` rules out any other reference.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.ptr, self.len);
        // SAFETY: the pointer came from `Box::into_raw` of a boxed slice of
        // this length, and it is freed exactly once, here.
        drop(unsafe { Box::from_raw(slice) });
    }
}

fn main() {
    let mut buffer = Buffer::zeroed(4);
    buffer.as_mut_slice()[0] = 1;
    let filler = thread::spawn(move || {
        buffer.as_mut_slice()[3] = 9; // the buffer now lives on this thread
        buffer
    });
    let mut buffer = filler.join().unwrap();
    println!("{:?}", buffer.as_mut_slice());
}
// ANCHOR_END: unsafe_impl_send
