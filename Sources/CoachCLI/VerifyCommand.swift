import ArgumentParser
import CoachStore
import ComplaintDomain
import Foundation
import TextSafety

/// `coach verify [CASE]`: checks transcripts against their hash chains, and each case's record
/// against what its events say; `--digest` prints one digest of all chains to keep elsewhere,
/// `--against DIGEST` proves the history up to it was not rewritten.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check transcripts and records for anything changed, removed or inserted (exit 1 if any).",
        discussion: """
            coach verify                  every case: chain, and record from events
            coach verify 261129-007       one case
            coach verify --digest         one digest of all chains, to keep elsewhere
            coach verify --against D      was history up to digest D rewritten?
            With COACH_KEY_FILE, events are sealed with the office's key (HMAC).
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A case number, e.g. 261129-007. Without it: every case.", transform: CaseNumber.parse)
    var caseNumber: CaseNumber?

    @Flag(help: "Print one digest of every case's chain as it stands now.")
    var digest = false

    @Option(help: ArgumentHelp("Check the chains against a digest printed earlier (by --digest or on a report).", valueName: "digest"),
            transform: ChainDigest.parse)
    var against: ChainDigest?

    func validate() throws {
        if digest, against != nil { throw ValidationError("give --digest or --against, not both") }
    }

    func run() throws {
        let store = try options.openStore(readOnly: true)
        let language = options.language
        if digest {
            print(try store.recomputedDigest())
            return
        }
        if let against {
            try check(against, store, language)
            return
        }
        let numbers = try caseNumber.map { [$0] } ?? store.caseNumbers()
        // The whole database's checks go with a check of every case.
        let whole = caseNumber == nil ? try store.checkDatabase() : []
        for problem in whole { print(describe(problem, language)) }
        var damaged = 0
        for number in numbers {
            let check = try store.check(number)
            guard !check.isIntact else { continue }
            damaged += 1
            for line in describe(check, language) { print("\(number): " + line) }
        }
        let checked = numbers.count
        guard damaged == 0, whole.isEmpty else {
            if damaged == 0 {
                throw Failure(language.pick("資料庫曾被改動。", "数据库曾被改动。", "The database was tampered with."))
            }
            throw Failure(language.pick("\(checked) 個個案中有 \(damaged) 個的記錄曾被改動。",
                                        "\(checked) 个个案中有 \(damaged) 个的记录曾被改动。",
                                        "\(damaged) of \(checked) cases were tampered with."))
        }
        print(language.pick("\(checked) 個個案的記錄完整，與其事件相符。", "\(checked) 个个案的记录完整，与其事件相符。",
                            "\(checked) case\(checked == 1 ? "" : "s") checked: every transcript is intact and every record matches its events."))
    }

    private func check(_ expected: ChainDigest, _ store: any CaseStore, _ language: Language) throws {
        let now = try store.recomputedDigest(upTo: expected.watermark)
        if expected.keyed != now.keyed {
            throw Failure(language.pick("這個摘要\(expected.keyed ? "用" : "沒有用")機構密鑰；請\(expected.keyed ? "設定" : "取消") COACH_KEY_FILE 再核對。",
                                        "这个摘要\(expected.keyed ? "用" : "没有用")机构密钥；请\(expected.keyed ? "设定" : "取消") COACH_KEY_FILE 再核对。",
                                        "This digest was \(expected.keyed ? "" : "not ")made with the office's key: \(expected.keyed ? "set" : "unset") COACH_KEY_FILE and check again."))
        }
        guard now.hex == expected.hex else {
            throw Failure(language.pick("記錄與摘要不符：摘要之前的歷史曾被改寫、刪除或重排。",
                                        "记录与摘要不符：摘要之前的历史曾被改写、删除或重排。",
                                        "The history up to this digest was rewritten since: events before it were changed, removed or reordered."))
        }
        print(language.pick("與摘要相符：直至第 \(expected.watermark) 項事件的歷史未被改寫。",
                            "与摘要相符：直至第 \(expected.watermark) 项事件的历史未被改写。",
                            "Matches the digest: the history up to event \(expected.watermark) was not rewritten."))
    }

    private func describe(_ check: CaseCheck, _ language: Language) -> [String] {
        var lines = check.chain.map { describe($0, language) }
        if check.noOpening {
            lines.append(language.pick("記錄中沒有開案事件，無法核對個案資料", "记录中没有开案事件，无法核对个案资料",
                                       "its events never open the case, so its record cannot be checked"))
        }
        for d in check.disagreements {
            let stored = d.stored.map(SafeText.line) ?? "—", events = d.fromEvents.map(SafeText.line) ?? "—"
            lines.append(language.pick("「\(d.field)」與事件不符：資料庫為 \(stored)，事件為 \(events)",
                                       "「\(d.field)」与事件不符：数据库为 \(stored)，事件为 \(events)",
                                       "\(d.field) disagrees with its events: stored \(stored), from the transcript \(events)"))
        }
        return lines
    }

    private func describe(_ problem: DatabaseProblem, _ language: Language) -> String {
        switch problem {
        case .appendOnlyTriggerMissing(let name):
            language.pick("保護記錄只可新增的觸發器 \(name) 已被移除或改動", "保护记录只可新增的触发器 \(name) 已被移除或改动",
                          "the trigger \(name) that keeps transcripts append-only was removed or changed")
        case .ledgerChanged:
            language.pick("全部事件的總帳與事件不符：歷史曾被改寫、刪除或重排", "全部事件的总账与事件不符：历史曾被改写、删除或重排",
                          "the ledger of every event does not match the events: history was rewritten, removed or reordered")
        case .casesMissing(let numbers):
            language.pick("個案被整個刪除：", "个案被整个删除：", "cases deleted whole: ")
                + numbers.prefix(20).map(\.description).joined(separator: ", ") + (numbers.count > 20 ? " …(\(numbers.count))" : "")
        }
    }

    private func describe(_ problem: TranscriptChain.Problem, _ language: Language) -> String {
        switch problem {
        case .changed(let seq, let at):
            language.pick("第 \(seq) 項（\(at)）的內容被改動過", "第 \(seq) 项（\(at)）的内容被改动过",
                          "event #\(seq) (\(at)) was changed after it was written")
        case .removed(let first, let last):
            first == last
                ? language.pick("第 \(first) 項被刪除", "第 \(first) 项被删除", "event #\(first) was removed")
                : language.pick("第 \(first) 至 \(last) 項被刪除", "第 \(first) 至 \(last) 项被删除", "events #\(first)–#\(last) were removed")
        case .inserted(let after, let at, let text):
            language.pick("第 \(after) 項之後被插入一項（\(at)）：", "第 \(after) 项之后被插入一项（\(at)）：",
                          "an event was inserted after #\(after) (\(at)): ") + SafeText.line(text)
        case .keyMissing(let seq):
            language.pick("第 \(seq) 項以機構密鑰封存，但未設定 COACH_KEY_FILE", "第 \(seq) 项以机构密钥封存，但未设定 COACH_KEY_FILE",
                          "event #\(seq) is sealed with the office's key, and COACH_KEY_FILE is not set")
        case .unsealed(let seq):
            language.pick("第 \(seq) 項沒有以機構密鑰封存", "第 \(seq) 项没有以机构密钥封存",
                          "event #\(seq) is not sealed with the office's key")
        case .reordered(let seq):
            language.pick("第 \(seq) 項在資料表中被移到它之前的事件前面", "第 \(seq) 项在数据表中被移到它之前的事件前面",
                          "event #\(seq) was moved in the table ahead of an event it follows")
        case .countOrHeadChanged:
            language.pick("個案的事件數目或最後一項被改動過（最後的事件可能被刪除）", "个案的事件数目或最后一项被改动过（最后的事件可能被删除）",
                          "the case's event count or last event was changed (events may have been removed from the end)")
        case .headMismatch:
            language.pick("個案記下的最後一項與記錄不符（transcript_head 被改動）", "个案记下的最后一项与记录不符（transcript_head 被改动）",
                          "the case's recorded chain head is not its last event (transcript_head was changed)")
        }
    }
}
