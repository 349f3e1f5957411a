import ArgumentParser
import CoachStore
import ComplaintDomain
import Foundation

/// `coach verify [CASE]`: checks transcripts against their hash chains.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check one case's transcript, or every case's, for events changed, removed or inserted (exit 1 if any).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A case number, e.g. 261129-007. Without it: every case.")
    var caseNumber: String?

    func run() throws {
        try Failure.report {
            let store = try options.openStore()
            let language = options.language
            let numbers: [CaseNumber]
            do {
                if let caseNumber {
                    guard let number = CaseNumber(caseNumber) else { throw Failure("\(caseNumber) is not a case number (like 261129-007)", code: 2) }
                    numbers = [number]
                } else {
                    numbers = try store.caseNumbers()
                }
                var damaged = 0
                for number in numbers {
                    let problems = try store.verify(number)
                    guard !problems.isEmpty else { continue }
                    damaged += 1
                    for problem in problems { print("\(number): " + describe(problem, language)) }
                }
                let checked = numbers.count
                if damaged == 0 {
                    print(language.pick("\(checked) 個個案的記錄完整。", "\(checked) 个个案的记录完整。",
                                        "\(checked) case\(checked == 1 ? "" : "s") checked: every transcript is intact."))
                } else {
                    throw Failure(language.pick("\(checked) 個個案中有 \(damaged) 個的記錄曾被改動。",
                                                "\(checked) 个个案中有 \(damaged) 个的记录曾被改动。",
                                                "\(damaged) of \(checked) cases have a transcript that was tampered with."))
                }
            } catch let error as StoreError {
                throw Failure("\(error)")
            }
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
        }
    }
}
