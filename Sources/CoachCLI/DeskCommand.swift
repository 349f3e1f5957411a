import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation
import LineEditor
import TextSafety

/// `coach desk`: the case commands at a prompt, with the same line editing, history and Tab
/// completion as intake (actions, case numbers, departments, staff). Each line is parsed by
/// the same definitions as the command line (DeskLine), so the two cannot drift apart.
struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Work on cases at a prompt: list, show, act, review — with completion.",
        discussion: """
            At the prompt: queue · cases · overdue · today · mine · CASE (show it) · ACTION CASE … (as in coach case) · \
            review CASE … · help [COMMAND] · quit. Each line is read as coach reads its command line: \
            case CASE …, cases …, queue, review CASE … take the same words and options; words with spaces go in quotes.
            Tab completes actions, case numbers, departments and staff; after a case number it offers only the \
            actions its stage allows, and after an action only the cases it applies to. Reading lines from a file or a \
            pipe, the desk stops at the first line that fails, with that line's message and exit status.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let office = try CaseOffice(options)
        let language = office.language
        let source = Terminal.source(environment: options.environment)
        defer { source.close() }
        let presenter = Presenter(interactive: source.isInteractive, environment: options.environment)
        func show(_ lines: [OutputLine]) { for line in lines { source.write(presenter.render(line) + "\n") } }
        show([OutputLine(.dim, language.pick("個案台：help 列出指令；Tab 補全；quit 或 Ctrl-D 離開。",
                                             "个案台：help 列出指令；Tab 补全；quit 或 Ctrl-D 离开。",
                                             "Case desk: help lists the commands; Tab completes; quit or Ctrl-D leaves."))])
        while true {
            let prompt = language.pick("個案台 › ", "个案台 › ", "desk › ")
            let open = (try? office.store.files(CaseFilter(openOnly: true))) ?? []
            let read = source.read(LinePrompt(plain: prompt, styled: presenter.render(OutputLine(.heading, prompt)),
                                              completions: completions(office, open),
                                              following: DeskCompletion.following(open, organization: office.organization),
                                              // The action and the case number; never the words after them.
                                              history: HistoryPolicy(leadingWords: 2)))
            let line: String
            switch read {
            case .line(let text), .undecodable(let text, _, _): line = text
            case .interrupted: continue
            case .endOfInput: return
            }
            do {
                switch try DeskLine.parse(line, language: language) {
                case .nothing: continue
                case .quit: return
                case .help(let command): show(help(command, language))
                case .command(let command): show(try command.lines(in: office, at: Date()))
                }
            } catch {
                let failure = Failure(error)
                // At a terminal the desk says why and waits for the next line; reading a script,
                // it stops there, as `coach` would on that command line.
                guard source.isInteractive else { throw failure }
                if !failure.message.isEmpty { show([OutputLine(.error, SafeText.clean(failure.message))]) }
            }
        }
    }

    /// What Tab offers where nothing narrower applies: the desk's words, actions, open case
    /// numbers, departments, staff, options.
    private func completions(_ office: CaseOffice, _ open: [CaseFile]) -> [String] {
        return DeskLine.starts + CaseRequest.completions + open.map(\.record.caseNumber.description)
            + office.organization.departments.map(\.id) + office.organization.staff.map(\.id)
            + ["--via", "--reason", "--integrity", CaseRequest.notReached, "--comment", "--override", "--all", "--building", "--stage",
               "--nature", "--training", "--mine"]
            + ReplyChannel.allCases.map(\.rawValue)
    }

    private func help(_ command: (any ParsableCommand.Type)?, _ language: Language) -> [OutputLine] {
        if let command {
            return Coach.helpMessage(for: command).split(separator: "\n", omittingEmptySubsequences: false)
                .map { OutputLine(.plain, String($0)) }
        }
        let rows: [(String, String)] = [
            ("queue [--mine]", language.pick("現在要處理的事及由誰處理（同 coach queue）", "现在要处理的事及由谁处理（同 coach queue）",
                                             "what needs someone now, and who (as coach queue)")),
            ("cases · overdue · today · mine", language.pick("列出未歸檔的個案（同 coach cases）", "列出未归档的个案（同 coach cases）",
                                                            "list open cases (as coach cases)")),
            ("261129-007", language.pick("查看個案、下一步及負責人", "查看个案、下一步及负责人", "show a case, what is next and who")),
            ("propose|approve|dispatch|assign|escalate CASE …", language.pick("處理個案（同 coach case）", "处理个案（同 coach case）", "act on a case (as coach case)")),
            ("feedback|reply|follow-up|file CASE …", language.pick("結果、回覆、回訪、歸檔", "结果、回复、回访、归档", "result, reply, follow-up, filing")),
            ("review CASE [--comment …]", language.pick("覆核記錄及評分（同 coach review）", "复核记录及评分（同 coach review）",
                                                        "the transcript and scorecard (as coach review)")),
            ("help COMMAND", language.pick("該指令的選項，例如 help case", "该指令的选项，例如 help case", "its options, e.g. help case")),
            ("quit", language.pick("離開（或 Ctrl-D）", "离开（或 Ctrl-D）", "leave (or Ctrl-D)")),
        ]
        return DisplayWidth.columns(rows.map { [$0.0, $0.1] }).map { OutputLine(.plain, "  " + $0) }
            + [OutputLine(.dim, language.pick("  有空格的文字請加引號：reply 261129-007 --via letter --reason \"電話 未能接通\"",
                                               "  有空格的文字请加引号：reply 261129-007 --via letter --reason \"电话 未能接通\"",
                                               "  Words with spaces go in quotes: reply 261129-007 --via letter --reason \"no answer by phone\""))]
    }
}
