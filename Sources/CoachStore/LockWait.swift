import Foundation
import GRDB

/// How a write waits for another program's write lock: it tries again every millisecond or so
/// until its limit has passed. SQLite's own busy timeout sleeps up to 100 ms between tries;
/// while other desks commit back to back (each holding the lock for a few ms and letting go for
/// about one) it could miss every moment the lock was free and say "locked" after the full wait.
final class LockWait: @unchecked Sendable {
    /// Guards `limit` and `started`: the pool's writer reads them, `waitingBriefly` changes the limit.
    private let lock = NSLock()
    private var limit: TimeInterval
    /// When the current wait began (SQLite counts tries from 0 for each new wait).
    private var started = Date.distantPast

    init(limit: TimeInterval) {
        self.limit = limit
    }

    /// The busy handler for the pool's writer (its readers keep GRDB's own timeout, so one wait
    /// at a time uses `started`).
    var busyMode: Database.BusyMode {
        .callback { [self] tries in tryAgain(after: tries) }
    }

    /// True to try once more, after a short sleep; false when the limit has passed. The sleep is
    /// jittered so that waiting desks do not all try at the same moment.
    func tryAgain(after tries: Int) -> Bool {
        let now = Date()
        let waiting = lock.withLock {
            if tries == 0 { started = now }
            return now.timeIntervalSince(started) < limit
        }
        if waiting { usleep(UInt32.random(in: 500...1_500)) }
        return waiting
    }

    /// Runs `body` with writes waiting at most `seconds`, then restores the limit.
    func waiting<T>(atMost seconds: TimeInterval, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let configured = lock.withLock {
            defer { limit = seconds }
            return limit
        }
        defer { lock.withLock { limit = configured } }
        return try body()
    }
}
