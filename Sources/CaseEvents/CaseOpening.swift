import ComplaintDomain
import Foundation

/// The first event of every case: its number, when and by whom it was taken, how it came.
public struct CaseOpening: Codable, Sendable, Equatable {
    public var caseNumber: CaseNumber
    public var receivedAt: Date
    public var receivedBy: String
    public var channel: Channel
    public var isTraining: Bool

    public init(caseNumber: CaseNumber, receivedAt: Date, receivedBy: String, channel: Channel, isTraining: Bool) {
        self.caseNumber = caseNumber
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
        self.channel = channel
        self.isTraining = isTraining
    }

    public init(_ record: ComplaintRecord) {
        self.init(caseNumber: record.caseNumber, receivedAt: record.receivedAt, receivedBy: record.receivedBy,
                  channel: record.channel, isTraining: record.isTraining)
    }
}
