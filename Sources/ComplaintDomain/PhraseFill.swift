import Foundation

/// What Coach knows about the call, to fill a phrase's placeholders. Nil or blank is unknown.
public struct PhraseFill: Sendable, Equatable {
    /// A placeholder a phrase may hold, written `{name}`, `{case_number}`… in guidance files.
    public enum Slot: String, CaseIterable, Sendable {
        case name, problem, deadline
        case caseNumber = "case_number"
        case minutes, staff, rule, told
    }

    /// How the caller is addressed: 陳太, Mrs Chan.
    public var name: String?
    /// The problem in a few words, as it is said back to them: 廚房天花漏水, the kitchen ceiling leak.
    public var problem: String?
    /// When they will hear back, as it is said aloud (SpokenDeadline): 聽日下晝三點前.
    public var deadline: String?
    public var caseNumber: String?
    /// Minutes until someone calls them back (urgent_promise).
    public var minutes: Int?
    /// The staff member's own name, as they give it on the phone.
    public var staff: String?
    /// The house rule in question, as it is said: 大廈守則第3條「寵物」.
    public var rule: String?
    /// Who has been told and will call back, by title (urgent_promise): 當值保安主管.
    public var told: String?

    public init(name: String? = nil, problem: String? = nil, deadline: String? = nil, caseNumber: String? = nil,
                minutes: Int? = nil, staff: String? = nil, rule: String? = nil, told: String? = nil) {
        self.name = name
        self.problem = problem
        self.deadline = deadline
        self.caseNumber = caseNumber
        self.minutes = minutes
        self.staff = staff
        self.rule = rule
        self.told = told
    }

    /// A slot's words in a language, or nil when it is not known. Minutes are said in Chinese
    /// numerals in Chinese (三十分鐘), as staff say them.
    public func value(_ slot: Slot, in language: Language) -> String? {
        let text: String?
        switch slot {
        case .name: text = name
        case .problem: text = problem
        case .deadline: text = deadline
        case .caseNumber: text = caseNumber
        case .staff: text = staff
        case .rule: text = rule
        case .told: text = told
        case .minutes:
            guard let minutes, minutes >= 0 else { return nil }
            text = language == .en ? String(minutes) : ChineseNumeral.words(minutes, language: language, counting: true)
        }
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
