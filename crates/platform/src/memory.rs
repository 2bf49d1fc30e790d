//! Handing freed memory back to the system after a burst of work.
//!
//! glibc keeps what a thread freed in that thread's arena for reuse, so a
//! server that once built its search index (tens of megabytes of transient
//! documents and indexing buffers, freed a moment later) would stay that
//! much larger for as long as it runs.

/// Asks the allocator to return the memory it holds free to the system;
/// says whether anything came back. Call after a burst, not on every request:
/// it walks every arena.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn release_freed() -> bool {
    // SAFETY: malloc_trim takes no pointers and only reorganises glibc's own
    // free lists, which it locks while it runs.
    unsafe { libc::malloc_trim(0) == 1 }
}

/// Other allocators (musl, macOS, Windows) return large blocks by themselves.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn release_freed() -> bool {
    false
}
