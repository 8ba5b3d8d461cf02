import CTermSupport

/// Process-wide protections, set first thing in main (after the Swift runtime has installed its
/// own crash handlers, so pio's replace them).
public enum ProcessGuard {
    /// Unless `PIO_BACKTRACE=1`: the process is not dumpable (no core file; its `/proc/PID` files
    /// belong to root, so the user's other processes cannot read its memory) and the core size
    /// limit is 0. In every case the crash handlers: terminal restored, one line to stderr (the
    /// log while the UI runs), exit 128+N at once; with `PIO_BACKTRACE=1` Swift's backtracer runs
    /// after them instead of the exit.
    public static func start() { _ = ts_process_start() }

    /// An alternate signal stack for the calling thread, so a stack overflow on it still reaches
    /// the crash handler (the main thread gets one in `start()`).
    public static func prepareThread() { _ = ts_thread_altstack() }

    /// prctl(PR_GET_DUMPABLE).
    public static var isDumpable: Bool { ts_is_dumpable() == 1 }

    /// Each `signal` writes a byte to a pipe; the read end, or -1.
    public static func signalPipe(_ signal: Int32) -> Int32 { ts_signal_pipe(signal) }
}
