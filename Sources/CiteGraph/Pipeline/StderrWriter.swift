import Foundation

/// Writes messages (progress, notes, warnings, errors) on stderr, ignoring failure: a stderr that
/// cannot be written (`2>/dev/full`, closed with `2>&-`, a pipe whose reader has gone) must not
/// stop the work. `FileHandle.standardError.write` trapped on such a failure (Illegal instruction).
public enum StderrWriter {
    public static func write(_ text: String) {
        var bytes = Array(text.utf8)
        withSIGPIPEBlocked {
            while !bytes.isEmpty {
                let written = Foundation.write(STDERR_FILENO, bytes, bytes.count)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // what could not be said is dropped; the work goes on
                }
                bytes.removeFirst(written)
            }
        }
    }

    /// Runs `body` with SIGPIPE blocked on this thread, so that writing to a pipe nobody reads
    /// fails with EPIPE instead of ending the process; a SIGPIPE `body` raised is then taken off
    /// the queue (one that was pending before is left alone).
    private static func withSIGPIPEBlocked(_ body: () -> Void) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previousMask)
        var pendingBefore = sigset_t()
        sigpending(&pendingBefore)
        body()
        var pendingAfter = sigset_t()
        sigpending(&pendingAfter)
        if sigismember(&pendingBefore, SIGPIPE) == 0, sigismember(&pendingAfter, SIGPIPE) == 1 {
            var noWait = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &noWait)
        }
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
    }
}
