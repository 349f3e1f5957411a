import CoachStore
import ComplaintDomain
import Foundation
import Guidance

/// Reads the guidance and opens the database at the same time: the two slowest parts of
/// getting to the first prompt, and independent of each other.
enum Startup {
    /// `readOnly` for a command that only reads (see `GlobalOptions.openStore`).
    static func load(_ options: GlobalOptions, readOnly: Bool = false) throws -> (GuidanceCatalogue, any CaseStore) {
        let opened = StoreBox()
        let thread = Thread {
            opened.result = Result { try options.openStore(readOnly: readOnly) }
            opened.done.signal()
        }
        thread.start()
        let guidance = Result { try options.loadGuidance().0 }
        opened.done.wait()
        return (try guidance.get(), try opened.result!.get())
    }

    /// Carries the store across the thread; written once before `done` is signalled.
    private final class StoreBox: @unchecked Sendable {
        var result: Result<any CaseStore, any Error>?
        let done = DispatchSemaphore(value: 0)
    }
}
