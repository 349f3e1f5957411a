import CaseEvents
import CivilTime
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import TextSafety
import Training

/// The supervisor's review: the transcript in order with the time between events, the card
/// the rubric gives, overrides beside the original scores, comments that change nothing, and
/// three renderings that no typed text can drive or inject into.
@Suite struct ReviewReportTests {
    // MARK: Building material

    /// A real intake of the model leak call, with the clock moving by `steps` seconds (in turn)
    /// before each line typed, through the same recorder the terminal loop uses.
    static func realCall(staff: String = "chan.mw", steps: [TimeInterval] = [2, 45, 75, 3700, 0, 9],
                         override answer: ((IntakeQuestion) -> String?)? = nil)
        -> (record: ComplaintRecord, transcript: [TranscriptEvent]) {
        var d = IntakeDriver()
        let recorder = TranscriptRecorder(staff: staff, words: d.words)
        var clock = IntakeDriver.workingHours
        var transcript = recorder.events(of: d.effects, step: d.state.question, at: clock)
        var turn = 0
        while d.state.outcome == nil, turn < 80 {
            let prompt = d.prompt!
            let line = answer?(d.state.question) ?? IntakeDriver.modelAnswer(d.state.question)
            clock += steps[turn % steps.count]
            turn += 1
            transcript.append(recorder.input(.line(line), at: prompt, time: clock)!)
            d.send(line)
            transcript += recorder.events(of: d.effects, step: d.state.question, answered: prompt.question?.rawValue, at: clock)
        }
        return (d.state.record, transcript)
    }

    static func file(_ record: ComplaintRecord) -> CaseFile {
        var record = record
        record.stage = .received
        let deadline = Timestamp.parse("2026-11-25T23:59:59+08:00")!
        return CaseFile(record: record, life: CaseLife(handler: .propertyGroupLead, needsApproval: true, deadline: deadline,
                                                       receivedInWorkingHours: true))
    }

    static func rubric() -> Rubric {
        Rubric(catalogue: IntakeDriver.catalogue, speech: TrainingDriver.material.speech)
    }

    /// A review as data with its words in one language, read through as one value.
    @dynamicMemberLookup
    struct Review {
        let data: ReviewReport
        let words: ReviewText

        subscript<T>(dynamicMember path: KeyPath<ReviewReport, T>) -> T { data[keyPath: path] }

        func lines(full: Bool = false) -> [OutputLine] { words.lines(full: full) }
        func markdown(full: Bool = false) -> String { words.markdown(full: full) }
        func html(full: Bool = false) -> String { words.html(full: full) }
        func who(_ entry: ReviewReport.Entry) -> String { words.who(entry) }
        func gap(_ seconds: TimeInterval) -> String { words.gap(seconds) }
        func clock(_ date: Date) -> String { words.clock(date) }
        func time(_ date: Date, after previous: Date?) -> String { words.time(date, after: previous) }
        func kindName(_ kind: TranscriptEvent.Kind) -> String { words.kindName(kind) }
        func text(_ entry: ReviewReport.Entry) -> String { words.text(entry) }
        func step(_ entry: ReviewReport.Entry) -> String { words.step(entry) }
    }

    static func report(_ file: CaseFile, _ transcript: [TranscriptEvent], language: Language = .en,
                       scenario: Scenario? = nil) -> Review {
        let data = ReviewReport(file: file, transcript: transcript, rubric: rubric(), scenario: scenario, now: Date())
        return Review(data: data, words: ReviewText(data, catalogue: IntakeDriver.catalogue, language: language))
    }

    static func comment(_ text: String, at: Date, by staff: String = "cheung.wl") -> TranscriptEvent {
        TranscriptEvent(at: at, staff: staff, step: "review", .reviewComment(text))
    }

    static func overrideEvent(_ o: ReviewOverride, at: Date) -> TranscriptEvent {
        TranscriptEvent(at: at, staff: o.by, step: "review", o.event)
    }

    static var leak: Scenario { TrainingDriver.material.scenario("leak-third-time")! }

    static func words(_ language: Language, scenario: Scenario? = nil) -> EventText {
        EventText(language: language, catalogue: IntakeDriver.catalogue, scenario: scenario)
    }

    /// What the Markdown renderer makes of a table cell (kept here as an independent oracle).
    static func mdCell(_ text: String) -> String {
        SafeText.line(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The cells of a GitHub-flavoured Markdown table row: a backslash escapes the character
    /// after it (a backslash too), and every unescaped `|` ends a cell.
    static func gfmCells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for ch in row {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { current.append(ch); escaped = true; continue }
            if ch == "|" { cells.append(current); current = ""; continue }
            current.append(ch)
        }
        cells.append(current)
        // A row starts and ends with a pipe: drop the empty outsides.
        if cells.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeLast() }
        return cells
    }

    /// C0 controls other than the line feed, DEL and C1 controls, found in `text`.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && s.value != 0x0A) || (0x7F..<0xA0).contains(s.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    // MARK: Entries and gaps

    @Test func entriesAreTheTranscriptInOrderWithTheGapSinceTheEventBefore() throws {
        let (record, transcript) = Self.realCall()
        let report = Self.report(Self.file(record), transcript)
        try #require(report.entries.count == transcript.count)
        #expect(report.entries.map(\.index) == Array(1...transcript.count))
        #expect(report.entries.first?.gap == 0, "the first event has nothing before it")
        for (i, entry) in report.entries.enumerated() {
            let event = transcript[i]
            #expect(entry.at == event.at, "#\(entry.index)")
            #expect(entry.kind == event.kind && entry.step == event.step && entry.staff == event.staff, "#\(entry.index)")
            #expect(report.text(entry) == SafeText.clean(Self.words(.en).render(event.event)), "#\(entry.index)")
            if i > 0 {
                #expect(entry.gap == event.at.timeIntervalSince(transcript[i - 1].at), "#\(entry.index) gap")
            }
        }
        // The clock moved by each of the steps, so each shows up as a gap in front of a typed line.
        let inputGaps = report.entries.filter { $0.kind == .input }.map(\.gap)
        for step in [2.0, 45, 75, 3700, 9] { #expect(inputGaps.contains(step), "a gap of \(step) s") }
        #expect(report.entries.filter { $0.kind != .input }.dropFirst().allSatisfy { $0.gap == 0 },
                "what a line produced is recorded at the time it was typed")
        #expect(zip(report.entries, report.entries.dropFirst()).allSatisfy { $0.at <= $1.at }, "in time order")
    }

    @Test func gapsAreWrittenInSecondsMinutesOrHours() {
        let (record, transcript) = Self.realCall()
        let report = Self.report(Self.file(record), transcript)
        #expect(report.gap(0) == "+0s")
        #expect(report.gap(45) == "+45s")
        #expect(report.gap(75) == "+1:15")
        #expect(report.gap(3700) == "+1h01")
        #expect(report.gap(59.6) == "+1:00", "rounded to the second")
    }

    @Test func aTrainingCallKeepsTheCallerAndWhatWasSaidInOrder() throws {
        var d = TrainingDriver(Self.leak, language: .zhHant)
        ScriptedTrainee.model(&d)
        try #require(d.finished)
        let file = CaseFile(record: d.state.intake.record, life: CaseLife())
        let report = Self.report(file, d.transcript, language: .zhHant, scenario: Self.leak)
        #expect(report.entries.count == d.transcript.count)
        #expect(report.entries.map(report.text) == d.transcript.map { SafeText.clean(Self.words(.zhHant, scenario: Self.leak).render($0.event)) })
        for (i, entry) in report.entries.enumerated().dropFirst() {
            #expect(entry.gap == d.transcript[i].at.timeIntervalSince(d.transcript[i - 1].at))
        }
        #expect(report.entries.contains { $0.kind == .caller } && report.entries.contains { $0.kind == .speech })
        // Times are the call's clock: her first words come when she finished saying them.
        let firstWords = try #require(report.entries.first { $0.kind == .caller })
        let opening = Self.leak.pace.timeline(of: Self.leak.opening)[0]
        #expect(firstWords.at.timeIntervalSince(Self.leak.receivedAt) >= opening.upperBound - 0.001)
        #expect(Set(report.entries.filter { $0.kind == .input }.dropFirst().map(\.gap)).count > 1,
                "lines come when the trainee typed them, not at a fixed step")
        #expect(report.card == d.score(language: .zhHant), "the same card the training call got")
        let entryLines = report.lines(full: true).map(\.text).filter { $0.hasPrefix("#") }
        #expect(entryLines.contains { $0.contains(" 來電者 ") }, "the caller's lines are named")
        #expect(entryLines.contains { $0.contains(" 說 ") }, "and what the trainee said")
        #expect(entryLines.contains { $0.hasSuffix(Self.leak.opening[0]) })
    }

    // MARK: The card, overrides and comments

    @Test func theCardIsTheRubricsScoreOfTheSameEvents() {
        let (record, transcript) = Self.realCall()
        let file = Self.file(record)
        for language in Language.allCases {
            let report = Self.report(file, transcript, language: language)
            #expect(report.card == Self.rubric().score(transcript, record: file.record, scenario: nil), "\(language)")
            #expect(report.reviewed == report.card, "no overrides: nothing changed")
            #expect(report.overrides.isEmpty && report.comments.isEmpty)
        }
    }

    @Test func anOverrideChangesTheReviewedCardButNotTheOriginal() throws {
        let (record, transcript) = Self.realCall()
        let file = Self.file(record)
        let before = Self.report(file, transcript)
        let g5 = try #require(before.card.line(.g5))
        #expect(g5.result == .met, "the model call admits the shortfall")
        let later = transcript.last!.at + 86_400
        let change = ReviewOverride(item: .g5, from: g5.result, to: .missed, reason: "apology was read out flatly", by: "cheung.wl")
        let routing = ReviewOverride(item: .routing, from: before.card.line(.routing)!.result, to: .met, reason: "routed to the right lead", by: "lam.kf")
        let after = Self.report(file, transcript + [Self.overrideEvent(change, at: later), Self.overrideEvent(routing, at: later + 60)])

        #expect(after.card == before.card, "the original card is kept")
        #expect(after.overrides == [change, routing])
        #expect(after.reviewed.line(.g5)?.result == .missed)
        #expect(after.reviewed.line(.routing)?.result == .met)
        #expect(after.reviewed.line(.g5)?.evidence == g5.evidence, "the evidence stays")
        #expect(after.reviewed.line(.g5)?.reason == .overridden(by: "cheung.wl", reason: "apology was read out flatly"),
                "the reason is the reviewer's")
        for line in after.card.lines where line.item != .g5 && line.item != .routing {
            #expect(after.reviewed.line(line.item) == line, "\(line.item) untouched")
        }
        // Totals by hand, on a live card's whole scale: the model call's y at every "did you say
        // it?" earns half, so its g5 (weight 6) and routing (weight 8) were met as reported, 3 and
        // 4 points. On review g5 earns nothing (−3) and routing, met on the reviewer's own
        // judgement, earns all 8 (+4).
        func total(_ card: Scorecard) -> Int {
            let earned = card.lines.reduce(0.0) { sum, line in
                let credit: Double = line.result == .met || line.result == .notApplicable ? 1 : line.result == .partly ? 0.5 : 0
                let overridden = if case .overridden = line.reason { true } else { false }
                return sum + line.weight * (line.reported && !overridden && line.result != .notApplicable ? credit / 2 : credit)
            }
            return Int((earned / card.lines.reduce(0) { $0 + $1.weight } * 100).rounded())
        }
        #expect(after.reviewed.total == total(after.reviewed))
        #expect(after.card.total == before.card.total)
        #expect(after.reviewed.total == after.card.total + 1, "\(after.reviewed.total) vs \(after.card.total)")

        // The later override of the same item wins.
        let again = ReviewOverride(item: .g5, from: .missed, to: .partly, reason: "on second listening", by: "ng.ts")
        let third = Self.report(file, transcript + [Self.overrideEvent(change, at: later), Self.overrideEvent(again, at: later + 120)])
        #expect(third.reviewed.line(.g5)?.result == .partly)
        #expect(third.card == before.card)
    }

    @Test func commentsAreListedAndChangeNoScore() {
        let (record, transcript) = Self.realCall()
        let file = Self.file(record)
        let before = Self.report(file, transcript)
        let at = transcript.last!.at + 3600
        // Words a rubric would count if they were said on the call: they are a reviewer's, not the call's.
        let comments = [Self.comment("語氣好，但未問清楚開始時間", at: at),
                        Self.comment("I'm so sorry, it's not our fault, that's not our department", at: at + 5, by: "lam.kf")]
        let after = Self.report(file, transcript + comments)
        #expect(after.comments.map(\.text) == ["語氣好，但未問清楚開始時間", "I'm so sorry, it's not our fault, that's not our department"])
        #expect(after.comments.map(\.staff) == ["cheung.wl", "lam.kf"])
        #expect(after.card == before.card)
        #expect(after.reviewed == before.card)
        #expect(after.card.total == before.card.total)
        #expect(after.entries.count == transcript.count + 2, "comments are in the transcript too")
        let shown = after.lines().map(\.text)
        #expect(shown.contains { $0.contains("Comments") })
        #expect(shown.contains { $0.contains("cheung.wl: 語氣好，但未問清楚開始時間") && $0.contains(after.clock(at)) })
        #expect(shown.contains { $0.contains("lam.kf: I'm so sorry") })
        #expect(after.markdown().contains("cheung.wl: 語氣好，但未問清楚開始時間"))
        #expect(after.html().contains("cheung.wl: 語氣好，但未問清楚開始時間"))
        #expect(!shown.contains { $0.contains("Overrides") }, "no override section without overrides")
    }

    @Test func aNoteFromTheCallIsNotAReviewComment() {
        let (record, transcript) = Self.realCall()
        let note = TranscriptEvent(at: transcript.last!.at, staff: "chan.mw", step: "account", .note("鄰居都有投訴"))
        let report = Self.report(Self.file(record), transcript + [note])
        #expect(report.comments.isEmpty)
    }

    // MARK: ReviewOverride as a typed event

    @Test func anOverrideRoundTripsThroughItsEvent() {
        for item in Scorecard.Item.allCases {
            for from in Scorecard.Result.allCases {
                for to in Scorecard.Result.allCases {
                    let o = ReviewOverride(item: item, from: from, to: to, reason: "真正原因已在備註記錄 — see #12", by: "cheung.wl")
                    let event = TranscriptEvent(at: Date(), staff: "cheung.wl", step: "review", o.event)
                    #expect(ReviewOverride(event) == o)
                }
            }
        }
        let o = ReviewOverride(item: .g3, from: .missed, to: .met, reason: "r", by: "x")
        #expect(ReviewOverride.isReview(Self.overrideEvent(o, at: Date())))
        // Whatever words a line holds, only the typed event is an override.
        for event: CaseEvent in [.note("review override: g3 missed → met — r"), .typed(question: "account", text: "review override: g3 missed → met — r"),
                                 .legacy(kind: "decision", text: "review override: g3 missed → met — r")] {
            let line = TranscriptEvent(at: Date(), staff: "x", step: "review", event)
            #expect(ReviewOverride(line) == nil)
            #expect(!ReviewOverride.isReview(line))
        }
    }

    // MARK: The three renderings

    @Test func everyRenderingHasTheCaseTheTranscriptTheCardAndTheOverride() throws {
        let (record, transcript) = Self.realCall()
        let file = Self.file(record)
        let base = Self.report(file, transcript)
        let at = transcript.last!.at + 600
        let change = ReviewOverride(item: .g1, from: base.card.line(.g1)!.result, to: .missed, reason: "raised voice at #20", by: "cheung.wl")
        let odd = TranscriptEvent(at: at - 1, staff: "chan.mw", step: "location", .typed(question: "location", text: #"A座\|B座 <lobby> & "x""#))
        let events = transcript + [odd, Self.overrideEvent(change, at: at), Self.comment("good listening", at: at + 1)]
        let report = Self.report(file, events)
        let scorecard = ScorecardText(catalogue: IntakeDriver.catalogue, language: .en)
        let number = file.record.caseNumber.description
        #expect(report.card.total != report.reviewed.total)

        // Terminal, with every line of the transcript.
        let lines = report.lines(full: true).map(\.text)
        let shown = lines.joined(separator: "\n")
        #expect(lines.first == "── Review of case \(number) ──")
        #expect(shown.contains("── Full transcript ──"))
        for entry in report.entries {
            // Entry numbers are padded so the columns line up.
            let head = DisplayWidth.pad("#\(entry.index)", to: "#\(report.entries.count)".count) + " \(report.clock(entry.at)) "
            let text = report.text(entry).replacingOccurrences(of: "\n", with: " ⏎ ")
            #expect(lines.contains { $0.hasPrefix(head) && $0.hasSuffix(" " + text) && $0.contains(report.gap(entry.gap)) },
                    "entry #\(entry.index) on the terminal")
        }
        // A real call is scored on the items that apply to every call; the training-only ones
        // (category, mood, fit, demands, and the gift: no simulated caller offers one) are not on its card.
        let items = report.card.lines.map(\.item)
        #expect(Set(items) == Set(Scorecard.Item.allCases).subtracting([.category, .mood, .fit, .demands, .g11]))
        for item in items { #expect(shown.contains(scorecard.name(item)), "\(item) on the terminal") }
        #expect(shown.contains("Scorecard · \(report.reviewed.total)/100"), "the header gives the reviewed total")
        #expect(shown.contains("Overrides (original scores kept)"))
        #expect(shown.contains("1. Stay calm: ✓ met → ✗ missed · cheung.wl · raised voice at #20"))
        #expect(shown.contains("original total \(report.card.total), after review \(report.reviewed.total)"))

        // Markdown.
        let md = report.markdown(full: true)
        #expect(md.hasPrefix("# Review of case \(number)\n"))
        let rows = md.components(separatedBy: "\n")
        for entry in report.entries {
            let row = "| \(entry.index) | \(report.clock(entry.at)) | \(report.gap(entry.gap)) | \(report.kindName(entry.kind)) | "
                + "\(Self.mdCell(report.step(entry))) | \(Self.mdCell(report.who(entry))) | \(Self.mdCell(report.text(entry))) |"
            #expect(rows.contains(row), "entry #\(entry.index) in Markdown: \(row)")
        }
        for item in items { #expect(md.contains("**\(scorecard.name(item))**"), "\(item) in Markdown") }
        #expect(md.contains("(was ✓ met)"))
        #expect(md.contains("Original total \(report.card.total); after review \(report.reviewed.total)."))
        #expect(md.contains("- 1. Stay calm: ✓ met → ✗ missed, cheung.wl: raised voice at #20"))
        #expect(md.contains("good listening"))

        // HTML.
        let html = report.html(full: true)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<title>Review of case \(number)</title>"))
        #expect(html.contains("<h1>Review of case \(number)</h1>"))
        for (entry, previous) in zip(report.entries, [nil] + report.entries.map(\.at)) {
            // The time of day, with the date when the day changes.
            let cells = "<td>\(entry.index)</td><td>\(report.time(entry.at, after: previous))</td><td>\(ReviewText.escape(report.gap(entry.gap)))</td>"
                + "<td>\(ReviewText.escape(report.kindName(entry.kind)))</td><td>\(ReviewText.escape(report.step(entry)))</td>"
                + "<td>\(ReviewText.escape(report.who(entry)))</td><td>\(ReviewText.escape(report.text(entry)).replacingOccurrences(of: "\n", with: "<br>"))</td>"
            #expect(html.contains("<tr class=\"\(entry.kind.rawValue)\">" + cells), "entry #\(entry.index) in HTML")
        }
        for item in items {
            #expect(html.contains("<td>\(ReviewText.escape(scorecard.name(item)))</td>"), "\(item) in HTML")
        }
        #expect(html.contains("(was ✓ met)"))
        #expect(html.contains("Original total \(report.card.total); after review \(report.reviewed.total)."))
        #expect(html.contains("<li>1. Stay calm: ✓ met → ✗ missed, cheung.wl: raised voice at #20</li>"))
        #expect(html.hasSuffix("</body></html>\n"))
    }

    @Test func theRenderingsSpeakTheReviewersLanguage() {
        let (record, transcript) = Self.realCall()
        let file = Self.file(record)
        let o = ReviewOverride(item: .g3, from: .met, to: .missed, reason: "沒有追問", by: "cheung.wl")
        let events = transcript + [Self.overrideEvent(o, at: transcript.last!.at + 1)]
        let hant = Self.report(file, events, language: .zhHant)
        let shown = hant.lines().map(\.text).joined(separator: "\n")
        #expect(shown.contains("個案覆核 \(file.record.caseNumber)"))
        #expect(shown.contains("  結果  ") && shown.contains("── 通話經過（摘要） · 全部記錄：--full ──")
                && shown.contains("評分卡") && shown.contains("覆核調整（原分數保留）"), "\(shown)")
        #expect(hant.lines(full: true).map(\.text).contains("── 完整記錄 ──"))
        #expect(shown.contains("原總分 \(hant.card.total)，覆核後 \(hant.reviewed.total)"))
        #expect(hant.markdown().contains("(原為 ✓ 達標)"))
        #expect(hant.html().contains("<html lang=\"zh-Hant\">"))
        let hans = Self.report(file, events, language: .zhHans)
        #expect(hans.markdown().hasPrefix("# 个案复核 \(file.record.caseNumber)"))
    }

    // MARK: Safe display

    static let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}<script>alert(1)</script> & 漏水"

    /// A record and transcript full of escape sequences, control characters and markup.
    static func hostileReport() -> Review {
        // Typed at intake: the account line, the name, a note.
        let (record, transcript) = realCall(staff: "chan.mw\u{1B}[31m") { question in
            switch question {
            case .callerName: "陳\u{1B}[31m大文|<b>"
            case .what: hostile
            case .realCause: "\u{9B}31m上次\u{08}\u{08}冇人理 | <i>"
            default: nil
            }
        }
        var file = file(record)
        // And the record as stored, in case something wrote it raw.
        file.record.account = hostile + "\n第二行\u{1B}[0m\t|<td>"
        file.record.person.name = "陳\u{1B}[31m大文</dd><script>x()</script>"
        file.record.receivedBy = "chan.mw\u{1B}]0;title\u{07}"
        file.record.location = "廚房 | 天花 \\| <img src=y>"
        file.record.wants = "\u{1B}P+q\u{1B}\\盡快維修\u{7F}\u{0}"
        file.life.proposal = "<a href=javascript:alert(1)>派工</a>\r\n\u{1B}[5m"
        let at = transcript.last!.at + 60
        let events = transcript + [
            comment("<img src=x onerror=alert(1)>", at: at),
            comment("\u{1B}[31m紅色\u{1B}[0m | 備註 \u{07}", at: at + 1),
            overrideEvent(ReviewOverride(item: .g3, from: .met, to: .partly,
                                         reason: "<script>alert(2)</script>\u{1B}[2J 漏水 | 原因", by: "cheung.wl"), at: at + 2),
            TranscriptEvent(at: at + 3, staff: "chan.mw", step: "account", .typed(question: "account", text: hostile + "\nline two\u{1B}[1A\n\u{31C}line three")),
        ]
        return report(file, events)
    }

    @Test func noRenderingCarriesAControlCharacter() {
        let report = Self.hostileReport()
        let shown = report.lines().map(\.text)
        for (name, text) in [("lines", shown.joined(separator: "\n")), ("markdown", report.markdown()), ("html", report.html())] {
            #expect(!text.unicodeScalars.contains("\u{1B}"), "\(name) has ESC")
            #expect(!text.unicodeScalars.contains("\u{07}"), "\(name) has BEL")
            #expect(Self.controls(in: text).isEmpty, "\(name) has controls: \(Self.controls(in: text))")
            #expect(text.contains("漏水") && text.contains("第二行") && text.contains("大文"), "\(name) keeps the Chinese")
            #expect(!text.contains("pwned"), "\(name): the window-title sequence is dropped whole")
        }
        #expect(!shown.contains { $0.unicodeScalars.contains("\n") }, "each terminal line is one line")
        #expect(shown.contains { $0.contains("陳大文") }, "the name reads whole once its colour code is gone")
    }

    @Test func theHTMLCarriesNoMarkupFromTypedText() {
        let html = Self.hostileReport().html()
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "no script element")
        #expect(!lower.contains("<img"), "no img element")
        #expect(!lower.contains("<a href"), "no link")
        #expect(!lower.contains("<b>") && !lower.contains("<i>") && !html.contains("大文</dd>"), "no markup from typed text")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 漏水"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("陳大文&lt;/dd&gt;&lt;script&gt;"))
        // Only the page's own elements.
        let tags = Set(html.matches(of: /<\/?([a-zA-Z0-9]+)/).map { String($0.output.1).lowercased() })
        #expect(tags.isSubset(of: ["html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "dl", "dt", "dd", "br",
                                   "table", "colgroup", "col", "tr", "th", "td", "small", "p", "ul", "li"]), "\(tags.sorted())")
    }

    @Test func markdownTableCellsHaveNoRawPipeOrAngleBracket() {
        let report = Self.hostileReport()
        // The condensed call has four columns, the full transcript seven.
        for (full, columns, rows) in [(false, 4, report.conversation.count), (true, 7, report.entries.count)] {
            let md = report.markdown(full: full)
            #expect(!md.contains("<"), "no raw < anywhere in the Markdown")
            #expect(md.contains("&lt;script&gt;") || md.contains("&lt;script>"))
            #expect(md.contains("&lt;img src=x onerror=alert(1)>"))
            let table = md.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }
            #expect(table.count == rows + 1, "the header and a row per line")
            for row in table {
                let cells = Self.gfmCells(row)
                #expect(cells.count == columns, "\(columns) cells, got \(cells.count): \(row)")
            }
            #expect(md.contains("漏水") && md.contains("陳大文"))
        }
    }

    /// A backslash typed just before a pipe: `\|` escaped to `\\|` is an escaped backslash and
    /// a raw pipe to a GitHub-flavoured Markdown reader, which then splits the cell.
    @Test func aBackslashBeforeAPipeCannotSplitAMarkdownCell() {
        let (record, transcript) = Self.realCall()
        let at = transcript.last!.at + 1
        let events = transcript + [TranscriptEvent(at: at, staff: "chan.mw", step: "location", .typed(question: "location", text: #"C:\|x"#)),
                                   TranscriptEvent(at: at, staff: "chan.mw", step: "location", .field(.location(#"C:\|x"#)))]
        let report = Self.report(Self.file(record), events)
        let full = report.markdown(full: true)
        let row = full.components(separatedBy: "\n").first { $0.hasPrefix("| \(events.count - 1) |") } ?? ""
        #expect(Self.gfmCells(row).count == 7, "7 cells, got \(Self.gfmCells(row).count): \(row)")
        let condensed = report.markdown().components(separatedBy: "\n").first { $0.hasPrefix("| \(events.count) |") } ?? ""
        #expect(Self.gfmCells(condensed).count == 4, "4 cells, got \(Self.gfmCells(condensed).count): \(condensed)")
    }
}
