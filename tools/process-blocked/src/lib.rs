//! Whether a process is blocked for good: on Linux, every thread of it is
//! asleep in a system call that no timer ends (a futex wait with no timeout,
//! an event-loop wait such as `epoll_wait` with an infinite timeout). A
//! process that spins, or sleeps with a timeout, is slow, not hung.
//!
//! It reads `/proc/PID/task/TID/stat` (the thread's state) and
//! `/proc/PID/task/TID/syscall` (the system call it is in and its
//! arguments), which the parent of a process may read. The system call
//! numbers are those of x86_64 and aarch64; elsewhere there is no check.

use std::time::Duration;

/// How many times the threads are looked at, and how far apart: a thread
/// blocked for good is found in the same wait every time.
const SAMPLES: usize = 3;
const BETWEEN_SAMPLES: Duration = Duration::from_millis(30);

/// Whether this platform lets [`blocked_for_good`] look at the threads.
pub fn can_check() -> bool {
    cfg!(target_os = "linux") && syscalls::FUTEX.is_some()
}

/// `Ok` if every thread of `pid` is blocked in a wait that no timer ends,
/// in each of a few looks; otherwise what one thread was doing instead.
pub fn blocked_for_good(pid: u32) -> Result<(), String> {
    if !can_check() {
        return Ok(());
    }
    for sample in 0..SAMPLES {
        if sample > 0 {
            std::thread::sleep(BETWEEN_SAMPLES);
        }
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task"))
            .map_err(|error| format!("cannot read /proc/{pid}/task: {error}"))?;
        for task in tasks.flatten() {
            let dir = task.path();
            let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap_or_default();
            let thread = format!(
                "thread {} ({})",
                task.file_name().to_string_lossy(),
                read("comm").trim()
            );
            // The state is the first field after the command name in parentheses.
            let stat = read("stat");
            let state = stat
                .rsplit_once(')')
                .map_or("", |(_, rest)| rest.trim_start());
            match state.chars().next() {
                // Exited, waiting to be reaped: it blocks nothing.
                Some('Z' | 'X') => continue,
                Some('S') => {}
                Some('R') => {
                    return Err(format!(
                        "{thread} is running on the CPU: it spins instead of blocking"
                    ));
                }
                other => {
                    return Err(format!(
                        "{thread} is in state {other:?}, not asleep in a wait"
                    ));
                }
            }
            wait_without_timer(&read("syscall")).map_err(|why| format!("{thread} {why}"))?;
        }
    }
    Ok(())
}

/// Reads a `syscall` file (`NR ARG1 ... ARG6 SP PC`, or `running`) and says
/// whether that system call waits with no timer to end it.
pub fn wait_without_timer(syscall: &str) -> Result<(), String> {
    use syscalls::*;
    let fields: Vec<&str> = syscall.split_whitespace().collect();
    let Some(Ok(number)) = fields.first().map(|nr| nr.parse::<i64>()) else {
        return Err(format!("is not in a system call (`{}`)", syscall.trim()));
    };
    let arg = |index: usize| {
        fields
            .get(index + 1)
            .and_then(|hex| u64::from_str_radix(hex.trim_start_matches("0x"), 16).ok())
            .unwrap_or(u64::MAX)
    };
    // An `int` timeout of -1 (its low 32 bits) means "wait for ever".
    let infinite = |index: usize| (arg(index) as u32 as i32) < 0;
    let untimed = match number {
        n if Some(n) == FUTEX => {
            // FUTEX_WAIT, FUTEX_LOCK_PI, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI,
            // FUTEX_LOCK_PI2, less the private and clock flags; arg 4 is the
            // timeout (a pointer, null for none).
            let op = arg(1) & 0x7f;
            if ![0, 6, 9, 11, 13].contains(&op) {
                return Err(format!("is in futex operation {op}, which is not a wait"));
            }
            arg(3) == 0
        }
        n if Some(n) == FUTEX_WAITV => arg(3) == 0,
        n if Some(n) == EPOLL_WAIT || Some(n) == EPOLL_PWAIT => infinite(3),
        n if Some(n) == EPOLL_PWAIT2 => arg(3) == 0,
        n if Some(n) == POLL => infinite(2),
        n if Some(n) == PPOLL => arg(2) == 0,
        n if Some(n) == PAUSE => true,
        n if Some(n) == NANOSLEEP || Some(n) == CLOCK_NANOSLEEP => {
            return Err("is sleeping for a set time (`nanosleep`): a hang must block for good, as a deadlock does, not sleep".into());
        }
        n => {
            return Err(format!(
                "is in system call {n}, which is not a wait the book counts as a hang"
            ));
        }
    };
    if untimed {
        Ok(())
    } else {
        Err(format!(
            "waits with a timeout (system call {number}): a timer will end it"
        ))
    }
}

#[cfg(target_arch = "x86_64")]
mod syscalls {
    pub const FUTEX: Option<i64> = Some(202);
    pub const FUTEX_WAITV: Option<i64> = Some(449);
    pub const EPOLL_WAIT: Option<i64> = Some(232);
    pub const EPOLL_PWAIT: Option<i64> = Some(281);
    pub const EPOLL_PWAIT2: Option<i64> = Some(441);
    pub const POLL: Option<i64> = Some(7);
    pub const PPOLL: Option<i64> = Some(271);
    pub const PAUSE: Option<i64> = Some(34);
    pub const NANOSLEEP: Option<i64> = Some(35);
    pub const CLOCK_NANOSLEEP: Option<i64> = Some(230);
}

#[cfg(target_arch = "aarch64")]
mod syscalls {
    pub const FUTEX: Option<i64> = Some(98);
    pub const FUTEX_WAITV: Option<i64> = Some(449);
    pub const EPOLL_WAIT: Option<i64> = None;
    pub const EPOLL_PWAIT: Option<i64> = Some(22);
    pub const EPOLL_PWAIT2: Option<i64> = Some(441);
    pub const POLL: Option<i64> = None;
    pub const PPOLL: Option<i64> = Some(73);
    pub const PAUSE: Option<i64> = None;
    pub const NANOSLEEP: Option<i64> = Some(101);
    pub const CLOCK_NANOSLEEP: Option<i64> = Some(115);
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
mod syscalls {
    pub const FUTEX: Option<i64> = None;
    pub const FUTEX_WAITV: Option<i64> = None;
    pub const EPOLL_WAIT: Option<i64> = None;
    pub const EPOLL_PWAIT: Option<i64> = None;
    pub const EPOLL_PWAIT2: Option<i64> = None;
    pub const POLL: Option<i64> = None;
    pub const PPOLL: Option<i64> = None;
    pub const PAUSE: Option<i64> = None;
    pub const NANOSLEEP: Option<i64> = None;
    pub const CLOCK_NANOSLEEP: Option<i64> = None;
}
