import ArgumentParser
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import TextSafety

/// `coach case N [ACTION …]`: one case — its record, stage, deadline, what is next and who
/// must do it — or an action on it.
struct CaseCommand: OfficeCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Show a case, or act on it: propose, approve, dispatch, assign, escalate, feedback, reply, follow-up, file.",
        discussion: """
            coach case 261129-007                          the case, what is next and who must do it
            coach case 261129-007 propose 派工程部檢查喉管     group lead: register and propose (ordinary)
            coach case 261129-007 approve                  supervisor approves the proposal
            coach case 261129-007 dispatch engineering     urgent / after hours: set a department to work
            coach case 261129-007 assign cleaning          tell another department to act
            coach case 261129-007 escalate                 beyond the duty manager's authority (urgent)
            coach case 261129-007 feedback 已更換喉管         the department's result (regulation 7)
            coach case 261129-007 reply [--via letter --reason …]   answered the way it came (regulation 8)
            coach case 261129-007 follow-up 4 對方滿意         the follow-up call reached them; satisfaction 1–5 if asked (guideline 8)
            coach case 261129-007 follow-up --not-reached 無人接聽   a follow-up call that did not reach them
            coach case 261129-007 file --integrity         file it, confirming the integrity note (regulation 9); after
                                                           calls on two different days that did not reach the caller,
                                                           it is filed as not reachable
            Who may do each is set by the regulation; a refusal says who may.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The case number, e.g. 261129-007.", transform: CaseNumber.parse)
    var caseNumber: CaseNumber

    @Argument(help: "An action: \(CaseRequest.completions.joined(separator: ", ")).", transform: CaseAction.parse)
    var action: CaseAction?

    @Argument(help: "What the action needs: a department, a satisfaction score 1–5 (optional), words.")
    var words: [String] = []

    @Option(help: "reply: how it was answered, when not the way it came (visit, letter, phone, other).", transform: ReplyChannel.parse)
    var via: ReplyChannel?

    @Option(help: "reply: why it was answered another way.")
    var reason: String?

    @Flag(help: "file: confirm the integrity note (guideline 11).")
    var integrity = false

    @Flag(name: .customLong("not-reached"), help: "follow-up: the call did not reach the caller (no satisfaction).")
    var notReached = false

    /// What each action needs besides the case, checked before anything is opened.
    func validate() throws {
        let language = options.language
        guard let action else {
            if via != nil || reason != nil || integrity || notReached {
                throw ValidationError(language.pick("--via、--reason、--integrity 及 --not-reached 須跟在動作之後，例如 reply、file 或 follow-up。",
                                                    "--via、--reason、--integrity 及 --not-reached 须跟在动作之后，例如 reply、file 或 follow-up。",
                                                    "--via, --reason, --integrity and --not-reached go with an action (reply, file, follow-up)."))
            }
            return
        }
        let text = SafeText.line(words.joined(separator: " ")).trimmingCharacters(in: .whitespaces)
        switch action {
        case .dispatch, .assign:
            guard !words.isEmpty else {
                throw ValidationError(language.pick("請寫上部門，例如：\(CaseRequest.word(for: action)) engineering",
                                                    "请写上部门，例如：\(CaseRequest.word(for: action)) engineering",
                                                    "Name the department, e.g. \(CaseRequest.word(for: action)) engineering"))
            }
        case .followUp:
            // A leading number is the satisfaction score: 1–5, and only for a caller who was reached.
            if let first = words.first, first.allSatisfy(\.isASCIIDigit) {
                guard let score = Int(first), (1...5).contains(score) else {
                    throw ValidationError(language.pick("滿意度為 1 至 5，可以不填，例如：follow-up 261129-007 4 對方滿意",
                                                        "满意度为 1 至 5，可以不填，例如：follow-up 261129-007 4 对方满意",
                                                        "Satisfaction is 1 to 5, or none, e.g. follow-up 261129-007 4 happy with the repair"))
                }
                if notReached {
                    throw ValidationError(language.pick("未能聯絡對方，就沒有滿意度：follow-up 261129-007 --not-reached 無人接聽",
                                                        "未能联络对方，就没有满意度：follow-up 261129-007 --not-reached 无人接听",
                                                        "A call that did not reach the caller has no satisfaction score: follow-up 261129-007 --not-reached no answer"))
                }
            }
        case .propose, .recordFeedback:
            guard !text.isEmpty else {
                throw ValidationError(language.pick("請寫上內容（處理意見或處理結果）。", "请写上内容（处理意见或处理结果）。",
                                                    "Write the proposal or the result after the action."))
            }
        default:
            break
        }
        if notReached, action != .followUp {
            throw ValidationError(language.pick("--not-reached 只用於回訪：follow-up 261129-007 --not-reached",
                                                "--not-reached 只用于回访：follow-up 261129-007 --not-reached",
                                                "--not-reached goes with follow-up: follow-up 261129-007 --not-reached"))
        }
    }

    /// Showing a case only reads; an action writes.
    var readsOnly: Bool { action == nil }

    func run() throws {
        try runInOffice()
    }

    func lines(in office: CaseOffice, at now: Date) throws -> [OutputLine] {
        guard let action else { return try office.show(caseNumber, at: now) }
        // The request in the words the engine reads (ACTION CASE …), from values already checked.
        var request = [CaseRequest.word(for: action), caseNumber.description] + words
        if let via { request += ["--via", via.rawValue] }
        if let reason { request += ["--reason", reason] }
        if integrity { request.append("--integrity") }
        if notReached { request.append(CaseRequest.notReached) }
        return try office.act(request, at: now)
    }
}
