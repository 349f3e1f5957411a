import ArgumentParser
import CoachEngine
import CoachText
import CoachStore
import ComplaintDomain
import Foundation
import LineEditor

/// `coach desk`: the case actions at a prompt, with the same line editing, history and Tab
/// completion as intake (actions, case numbers, departments, staff).
struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Work on cases at a prompt: list, show, act, review — with completion.",
        discussion: """
            At the prompt: cases · overdue · today · mine · CASE (show it) · ACTION CASE … (as in coach case) ·
            review CASE · help · quit. Tab completes actions, case numbers, departments and staff.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Failure.report {
            let (catalogue, store) = try Startup.load(options)
            let language = options.language
            let office = CaseOffice(catalogue: catalogue, store: store, language: language, staff: options.staffID)
            let source = Terminal.source(environment: options.environment)
            let presenter = Presenter(interactive: source.isInteractive, environment: options.environment)
            let organization = catalogue.organization
            func show(_ lines: [OutputLine]) { for line in lines { source.write(presenter.render(line) + "\n") } }
            let commands = ["cases", "overdue", "today", "mine", "review", "help", "quit"]
            show([OutputLine(.dim, language.pick("個案台：help 列出指令；Tab 補全；quit 或 Ctrl-D 離開。",
                                                 "个案台：help 列出指令；Tab 补全；quit 或 Ctrl-D 离开。",
                                                 "Case desk: help lists the commands; Tab completes; quit or Ctrl-D leaves."))])
            while true {
                let open = (try? store.files(CaseFilter(openOnly: true))) ?? []
                let completions = commands + CaseRequest.completions + open.map(\.record.caseNumber.description)
                    + organization.departments.map(\.id) + organization.staff.map(\.id) + ["--via", "--reason", "--integrity"]
                let prompt = language.pick("個案台 › ", "个案台 › ", "desk › ")
                let read = source.read(LinePrompt(plain: prompt, styled: presenter.render(OutputLine(.heading, prompt)), completions: completions))
                guard case .line(let line) = read else {
                    if read == .interrupted { continue }
                    break
                }
                let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
                guard let first = words.first?.lowercased() else { continue }
                do {
                    switch first {
                    case "quit", "exit", ":quit", ":q": return
                    case "help", ":help", "?":
                        show(help(language))
                    case "cases", "overdue", "today", "mine":
                        show(list(first, office: office, open: open))
                    case "review":
                        guard words.count > 1, let number = CaseNumber(words[1]) else {
                            show([OutputLine(.error, language.pick("用法：review 個案編號", "用法：review 个案编号", "Usage: review CASE"))])
                            continue
                        }
                        let material = try options.loadTraining(catalogue)
                        let transcript = try store.transcript(of: number)
                        let report = ReviewReport(file: try office.file(number), transcript: transcript,
                                                  rubric: Rubric(catalogue: catalogue, speech: material.speech),
                                                  scenario: ReviewCommand.scenario(in: transcript).flatMap(material.scenario), now: Date())
                        show(ReviewText(report, catalogue: catalogue, language: language).lines())
                    default:
                        if let number = CaseNumber(first) {
                            show(try office.show(number))
                        } else {
                            show(try office.act(words))
                        }
                    }
                } catch let failure as Failure {
                    show([OutputLine(.error, failure.message)])
                } catch {
                    show([OutputLine(.error, "\(error)")])
                }
            }
            source.close()
        }
    }

    private func list(_ which: String, office: CaseOffice, open: [CaseFile]) -> [OutputLine] {
        let now = Date()
        let calendar = office.organization.calendar
        let today = calendar.localDate(of: now)
        let files = open.filter { file in
            switch which {
            case "overdue": file.isOverdue(at: now)
            case "today": file.life.deadline.map { calendar.localDate(of: $0) == today } ?? false
            case "mine": file.record.receivedBy == office.staff
            default: true
            }
        }
        guard !files.isEmpty else {
            return [OutputLine(.dim, office.language.pick("沒有符合的個案。", "没有符合的个案。", "No cases match."))]
        }
        var table = TextTable(header: office.text.listHeader)
        table.rows = files.map { office.text.listRow($0, at: now) }
        let lines = table.render()
        return [OutputLine(.heading, lines[0])] + zip(files, lines.dropFirst()).map { file, line in
            OutputLine(file.isOverdue(at: now) ? .error : .plain, line)
        }
    }

    private func help(_ language: Language) -> [OutputLine] {
        let rows: [(String, String)] = [
            ("cases · overdue · today · mine", language.pick("列出未歸檔的個案", "列出未归档的个案", "list open cases")),
            ("261129-007", language.pick("查看個案、下一步及負責人", "查看个案、下一步及负责人", "show a case, what is next and who")),
            ("propose|approve|dispatch|assign|escalate CASE …", language.pick("處理個案（同 coach case）", "处理个案（同 coach case）", "act on a case (as coach case)")),
            ("feedback|reply|follow-up|file CASE …", language.pick("結果、回復、回訪、歸檔", "结果、回复、回访、归档", "result, reply, follow-up, filing")),
            ("review CASE", language.pick("覆核記錄及評分", "复核记录及评分", "the transcript and scorecard")),
            ("quit", language.pick("離開（或 Ctrl-D）", "离开（或 Ctrl-D）", "leave (or Ctrl-D)")),
        ]
        return DisplayWidth.columns(rows.map { [$0.0, $0.1] }).map { OutputLine(.plain, "  " + $0) }
    }
}
