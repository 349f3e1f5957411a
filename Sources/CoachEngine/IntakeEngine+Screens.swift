import ComplaintDomain
import Foundation

extension IntakeEngine {
    // MARK: What is missing

    /// The facts still empty whose questions came before this step (and, while checking,
    /// the ones the check step asks for). Nothing is missing while the caller is talking.
    /// A review asks it of a finished record too.
    static func missingFacts(_ state: IntakeState, at step: IntakeStep) -> [IntakeQuestion] {
        let r = state.record
        let facts: [(IntakeQuestion, Bool)] = [
            (.callerName, r.person.name == nil),
            (.contact, r.person.contact == nil),
            (.what, r.account.isEmpty),
            (.location, r.location == nil && r.building == nil && r.unit == nil),
            (.since, r.since == nil),
            (.wants, r.wants == nil),
            (.nature, r.kind == .complaint && r.nature == nil),
            (.category, r.category == nil),
        ]
        // A fact heard and waiting for one key is not missing: the read-back shows it.
        var heard = Set(state.proposals.compactMap { RecordField(rawValue: $0.field.rawValue)?.question })
        // A unit or building heard says where, too: where is asked only when neither is known.
        if heard.contains(.unit) || heard.contains(.building) { heard.insert(.location) }
        return facts.filter { question, empty in
            empty && !heard.contains(question) && (question.step.number < step.number || (step == .check && question.step == .check))
        }.map(\.0)
    }

    /// What must be known before the case can be confirmed.
    func blockingFacts(_ record: ComplaintRecord) -> [IntakeQuestion] {
        var missing: [IntakeQuestion] = []
        if record.account.isEmpty { missing.append(.what) }
        if record.location == nil && record.building == nil && record.unit == nil { missing.append(.location) }
        if record.kind == .complaint && record.nature == nil { missing.append(.nature) }
        return missing
    }

    /// The record as a read-back, with what is still missing.
    func summary(_ record: ComplaintRecord) -> Display {
        .summary(record, missing: Self.missingFacts(IntakeState(record: record), at: .close))
    }
}
