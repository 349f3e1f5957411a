/// A column of `cases` that is not what the case's events say: the cache was edited, or
/// written by something other than the events.
public struct CaseDisagreement: Sendable, Equatable {
    public var field: String
    /// As the database holds it (nil: empty).
    public var stored: String?
    /// As the transcript's events make it.
    public var fromEvents: String?

    public init(field: String, stored: String?, fromEvents: String?) {
        self.field = field
        self.stored = stored
        self.fromEvents = fromEvents
    }
}
