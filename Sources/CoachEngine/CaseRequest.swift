import ComplaintDomain
import TextSafety

/// One action on a case, as typed at the desk or on the command line:
/// `approve 261129-007 同意`, `reply 261129-007 --via letter --reason 電話未能接通`,
/// `follow-up 261129-007 4 滿意`, `follow-up 261129-007 --not-reached 無人接聽`, `file 261129-007 --integrity`.
public struct CaseRequest: Equatable, Sendable {
    public var action: CaseAction
    public var number: CaseNumber
    /// The department named, for dispatch and assign.
    public var department: String?
    public var via: ReplyChannel?
    public var reason: String?
    public var satisfaction: Int?
    public var integrity: Bool
    /// What else was typed: the proposal, the result, the caller's words, a note.
    public var text: String?

    /// The words that name each action, in each language.
    public static let actionWords: [String: CaseAction] = [
        "propose": .propose, "register": .propose, "登記": .propose, "登记": .propose, "提議": .propose, "提议": .propose,
        "approve": .approve, "批准": .approve,
        "dispatch": .dispatch, "派工": .dispatch, "安排": .dispatch,
        "assign": .assign, "notify": .assign, "通知": .assign,
        "escalate": .escalate, "上報": .escalate, "上报": .escalate,
        "feedback": .recordFeedback, "result": .recordFeedback, "結果": .recordFeedback, "结果": .recordFeedback,
        "reply": .reply, "回復": .reply, "回复": .reply,
        "follow-up": .followUp, "followup": .followUp, "回訪": .followUp, "回访": .followUp,
        "file": .file, "歸檔": .file, "归档": .file,
    ]

    /// The word that asks for `action` (`follow-up`, `feedback`…); a call that did not reach the
    /// caller is a follow-up with its flag.
    public static func word(for action: CaseAction) -> String {
        switch action {
        case .recordFeedback: "feedback"
        case .followUp: "follow-up"
        case .followUpMissed: "follow-up \(notReached)"
        default: action.rawValue
        }
    }

    /// The flag that makes a follow-up a call that did not reach the caller.
    public static let notReached = "--not-reached"

    /// The action words shown for completion, English first.
    public static let completions = ["propose", "approve", "dispatch", "assign", "escalate", "feedback", "reply",
                                     "follow-up", "file"]

    public enum ParseError: Error, Equatable, Sendable {
        case unknownAction(String)
        case missingCase
        case badCase(String)
        case missingDepartment
        case unknownDepartment(String, known: [String])
        case badChannel(String)
        case badSatisfaction(String)
        /// A satisfaction score given for a call that did not reach the caller.
        case satisfactionNotReached
        case missingText
    }

    /// Parses `ACTION CASE [arguments…]`; departments are matched by id or by name in any language.
    public static func parse(_ words: [String], organization: Organization) -> Result<CaseRequest, ParseError> {
        guard let word = words.first else { return .failure(.unknownAction("")) }
        guard let action = actionWords[word.lowercased()] else { return .failure(.unknownAction(word)) }
        guard words.count > 1 else { return .failure(.missingCase) }
        guard let number = CaseNumber(words[1]) else { return .failure(.badCase(words[1])) }
        var request = CaseRequest(action: action, number: number, integrity: false)
        var rest: [String] = []
        var index = 2
        while index < words.count {
            let word = words[index]
            switch word {
            case "--via":
                index += 1
                guard index < words.count else { return .failure(.badChannel("")) }
                guard let channel = ReplyChannel(rawValue: words[index].lowercased()) else { return .failure(.badChannel(words[index])) }
                request.via = channel
            case "--reason":
                index += 1
                let until = words[index...].firstIndex { $0.hasPrefix("--") } ?? words.count
                request.reason = words[index..<until].joined(separator: " ")
                index = until - 1
            case "--integrity":
                request.integrity = true
            case notReached where action == .followUp:
                request.action = .followUpMissed
            default:
                rest.append(word)
            }
            index += 1
        }
        switch request.action {
        case .dispatch, .assign:
            guard let name = rest.first else { return .failure(.missingDepartment) }
            guard let department = organization.departments.first(where: { d in
                d.id == name.lowercased() || [d.name.zhHant, d.name.zhHans, d.name.en.lowercased()].contains(name.lowercased())
            }) else {
                return .failure(.unknownDepartment(name, known: organization.departments.map(\.id)))
            }
            request.department = department.id
            rest.removeFirst()
        case .followUp, .followUpMissed:
            // Satisfaction is asked only where needed: a leading score 1–5 is optional, and only
            // a caller who was reached can give one.
            if let first = rest.first, first.allSatisfy(\.isASCIIDigit) {
                guard let score = Int(first), (1...5).contains(score) else { return .failure(.badSatisfaction(first)) }
                guard request.action == .followUp else { return .failure(.satisfactionNotReached) }
                request.satisfaction = score
                rest.removeFirst()
            }
        default:
            break
        }
        let text = SafeText.line(rest.joined(separator: " "))
        request.text = text.isEmpty ? nil : text
        if (action == .propose || action == .recordFeedback), request.text == nil { return .failure(.missingText) }
        return .success(request)
    }
}
