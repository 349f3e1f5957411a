import Foundation

/// Everything recorded about one complaint (or suggestion) from the first word of intake.
public struct ComplaintRecord: Codable, Sendable, Equatable {
    public var caseNumber: CaseNumber
    public var receivedAt: Date
    /// The staff member who took it: `--staff`, `COACH_STAFF`, else the login name.
    public var receivedBy: String
    public var channel: Channel
    public var kind: ComplaintKind
    /// Nil until staff confirm it.
    public var nature: Nature?
    public var category: String?
    public var building: String?
    public var unit: String?
    public var person: Person
    /// What happened, in their words.
    public var account: String
    /// Where exactly the problem is, when not simply their unit (the lobby, lift B…).
    public var location: String?
    /// Since when it has been happening.
    public var since: String?
    /// What really made them angry (guideline 3).
    public var realCause: String?
    /// What they want done.
    public var wants: String?
    /// Others who must be brought in to settle it, such as a neighbour (guideline 7).
    public var coordinateWith: [String]
    public var beyondManagerAuthority: Bool
    /// Notes staff added along the way (`:note`).
    public var notes: [String]
    public var stage: Stage
    /// A mock complaint from training: never counted in real statistics.
    public var isTraining: Bool

    public init(caseNumber: CaseNumber, receivedAt: Date, receivedBy: String, channel: Channel = .phone,
                kind: ComplaintKind = .complaint, nature: Nature? = nil, category: String? = nil,
                building: String? = nil, unit: String? = nil, person: Person = Person(), account: String = "",
                location: String? = nil, since: String? = nil, realCause: String? = nil, wants: String? = nil, coordinateWith: [String] = [],
                beyondManagerAuthority: Bool = false, notes: [String] = [], stage: Stage = .draft, isTraining: Bool = false) {
        self.caseNumber = caseNumber
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
        self.channel = channel
        self.kind = kind
        self.nature = nature
        self.category = category
        self.building = building
        self.unit = unit
        self.person = person
        self.account = account
        self.location = location
        self.since = since
        self.realCause = realCause
        self.wants = wants
        self.coordinateWith = coordinateWith
        self.beyondManagerAuthority = beyondManagerAuthority
        self.notes = notes
        self.stage = stage
        self.isTraining = isTraining
    }
}
