import Foundation
import Testing

/// The HTML exports as a reader sees them: the review of a real call and of a training call
/// (also with `--full`), and the month's report, written by the real binary and opened in
/// headless Chromium (Debian's `chromium`, installed by scripts/test) at screen width and at A4
/// print width. A script put into a copy of each page measures it in the browser: no element
/// wider than the page, no short cell (a kind, a time) wrapped a character a line, tables of the
/// same columns lined up from section to section, and every section of the Markdown export on
/// the page. Each page is also printed to PDF (A4) and screenshot; both are kept under
/// `.build/artefacts/browser/`.
@Suite struct BrowserExportTests {
    enum Document: String, CaseIterable, Sendable {
        case realCall = "review-real-call", trainingCall = "review-training-call", monthReport = "month-report"
        /// The training call with every line of its transcript (`--full`): the widest table.
        case trainingCallFull = "review-training-call-full"
    }

    enum Width: Int, CaseIterable, Sendable {
        /// A desktop screen.
        case screen = 1280
        /// A4 in print: 210 mm less the 1 cm margins of the page's `@page` rule, at 96 px an inch.
        case a4 = 718
    }

    /// Where the screenshots and PDFs are kept: under the build folder, out of git.
    static let artefacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/artefacts/browser")

    /// Debian's Chromium, if installed.
    static let chromium: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("chromium") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    // MARK: The exports

    /// The three pages and the Markdown headings each must show, made once for all the tests.
    struct Exports: Sendable {
        var folder: URL
        var pages: [Document: URL]
        var headings: [Document: [String]]
    }

    static let exports: Result<Exports, ExportError> = Result { try makeExports() }.mapError { ExportError(message: "\($0)") }

    struct ExportError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// `coach ARGS` on the test's database, in Traditional Chinese, the desk's first language.
    static func coach(_ arguments: [String], in folder: URL, staff: String = "chan.mw", stdin: String = "") throws -> CoachProcess.Result {
        try CoachProcess.run(arguments + ["--guidance", CoachProcess.guidance.path, "--db", folder.appendingPathComponent("coach.sqlite").path,
                                          "--lang", "zh-Hant", "--staff", staff],
                             stdin: stdin, environment: ["HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path])
    }

    /// A gas leak taken live: danger heard, marked urgent, the person on duty called, a unit
    /// heard and then corrected; then a supervisor's override and comment.
    static let realCall = [
        "我係A座12樓C室陳太，廚房好大陣煤氣味", "u", ":called 郭麗珊", "個煤氣爐熄咗都仲有味", "",
        "", "y", ":unit 12樓D室", ":contact 9123 4567", ":standing o", ":since 今朝八點", ":wants 即刻派人上嚟",
        ":cause 驚會爆炸", ":others 煤氣公司", ":category facilities", ":done", "y",
    ]

    /// A training call on the gas scenario, typed at the pace of a desk: a greeting, a note
    /// while she talks, marked urgent, a line that interrupts her, then the facts and done.
    static let trainingCall: [(after: TimeInterval, line: String)] = [
        (1, ">你好，管理處。"), (4.5, "走廊有煤氣味"), (0.3, "u"), (0.3, ":called 郭麗珊"),
        (0.5, ">唔好意思，你依家即刻離開，唔好開關電掣，我哋即刻派人上嚟。"),
        (0.5, ":name 梁淑芬"), (0, ":building C座"), (0, ":unit 20樓A室"), (0, ":contact 6234 8810"), (0, ":standing u"),
        (0, ":where 後樓梯"), (0, ":since 九點"), (0, ":wants 派人上嚟睇"), (0, ":category security"), (0, ":done"), (0, "y"),
    ]

    /// The database and the pages, kept beside the screenshots for a person to open.
    static func makeExports() throws -> Exports {
        let folder = artefacts.appendingPathComponent("pages")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let intake = try coach([], in: folder, stdin: realCall.joined(separator: "\n") + "\n")
        guard intake.status == 0, let real = intake.stdout.firstMatch(of: /(\d{6}-\d{3}) 已接訴/).map({ String($0.output.1) }) else {
            throw ExportError(message: "the live call was not saved: \(intake.stdout)\n\(intake.stderr)")
        }
        for review in [["--override", "g6=partly", "--reason", "有講會跟進，但冇講自己負責"], ["--comment", "危險處理得快；記得講清楚邊個跟進"]] {
            let done = try coach(["review", real] + review, in: folder, staff: "cheung.wl")
            guard done.status == 0 else { throw ExportError(message: "review \(review): \(done.stderr)") }
        }
        let training = try trainingSession(in: folder)

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Hong_Kong")!
        let today = calendar.dateComponents([.year, .month], from: Date())
        let month = String(format: "%04d-%02d", today.year!, today.month!)
        let commands: [Document: [String]] = [.realCall: ["review", real], .trainingCall: ["review", training],
                                              .trainingCallFull: ["review", training, "--full"], .monthReport: ["report", "--month", month]]
        var pages: [Document: URL] = [:], headings: [Document: [String]] = [:]
        for (document, command) in commands {
            let page = folder.appendingPathComponent("\(document.rawValue).html")
            let html = try coach(command + ["--format", "html", "-o", page.path], in: folder)
            let md = try coach(command + ["--format", "md"], in: folder)
            guard html.status == 0, md.status == 0 else { throw ExportError(message: "\(command): \(html.stderr) \(md.stderr)") }
            pages[document] = page
            headings[document] = md.stdout.components(separatedBy: "\n").compactMap { line in
                line.hasPrefix("# ") || line.hasPrefix("## ") ? String(line.drop { $0 == "#" }.dropFirst()) : nil
            }
        }
        return Exports(folder: folder, pages: pages, headings: headings)
    }

    /// `coach train gas-smell-calm` with its lines typed at a pace, so the caller talks between
    /// them; the case number.
    static func trainingSession(in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = CoachProcess.binary
        process.arguments = ["train", "gas-smell-calm", "--guidance", CoachProcess.guidance.path,
                             "--db", folder.appendingPathComponent("coach.sqlite").path, "--lang", "zh-Hant", "--staff", "wong.ky"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path, "SWIFT_BACKTRACE": "interactive=no"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        for (after, line) in trainingCall {
            Thread.sleep(forTimeInterval: after)
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }
        try input.fileHandleForWriting.close()
        let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let number = shown.firstMatch(of: /(\d{6}-\d{3}) 已接訴/).map({ String($0.output.1) }) else {
            throw ExportError(message: "the training call was not saved: \(shown)")
        }
        return number
    }

    // MARK: In the browser

    /// Measures the page once it has loaded and leaves what it found as JSON in the page. With
    /// `#print` in the address, the page's print rules are applied first, as a printer would.
    static let measure = #"""
        addEventListener('load', () => {
          if (location.hash === '#print') {
            for (const sheet of document.styleSheets)
              for (const rule of [...sheet.cssRules])
                if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
                  for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
          }
          const width = document.documentElement.clientWidth;
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
          const wide = [];
          for (const el of document.body.querySelectorAll('*')) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            if (box.right > width + 0.5 || box.left < -0.5) wide.push(name(el) + ' reaches ' + Math.round(box.right) + ' px of ' + width);
            const style = getComputedStyle(el);
            if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && style.overflowX === 'visible')
              wide.push(name(el) + ' holds ' + el.scrollWidth + ' px in ' + el.clientWidth);
          }
          const lines = el => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; };
          const squeezed = [...document.querySelectorAll('td,th')].filter(cell => {
            const text = cell.textContent.trim();
            return text.length >= 2 && text.length <= 8 && lines(cell) > 1;
          }).map(cell => name(cell) + ' in ' + lines(cell) + ' lines');
          const grids = {};
          for (const table of document.querySelectorAll('table')) {
            const lefts = [...(table.rows[0] ? table.rows[0].cells : [])].map(c => Math.round(c.getBoundingClientRect().left));
            (grids[lefts.length] = grids[lefts.length] || []).push(lefts.join(','));
          }
          const misaligned = Object.values(grids).filter(g => new Set(g).size > 1).map(g => [...new Set(g)].join(' | '));
          const headings = [...document.querySelectorAll('h1,h2')].map(h => ({text: h.textContent, height: h.getBoundingClientRect().height}));
          const found = {width, scrollWidth: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight,
                         wide, squeezed, misaligned, headings};
          const out = document.createElement('script');
          out.type = 'application/json';
          out.id = 'coach-check';
          out.textContent = JSON.stringify(found).replace(/</g, '\\u003c');
          document.body.appendChild(out);
        });
        """#

    struct Measured: Decodable {
        struct Heading: Decodable {
            var text: String
            var height: Double
        }

        var width: Int
        var scrollWidth: Int
        var height: Int
        var wide: [String]
        var squeezed: [String]
        var misaligned: [String]
        var headings: [Heading]
    }

    /// Runs Chromium headless on a page, with a profile of its own; what it printed.
    static func chromium(_ chromium: URL, _ arguments: [String]) throws -> String {
        let profile = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        // No sandbox: the tests may run as root, where Chromium refuses one; the page is our own file.
        return try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                                  "--user-data-dir=\(profile.path)"] + arguments, scratch: profile)
    }

    /// Runs a program and gives what it printed; it is stopped after a minute.
    static func run(_ program: URL, _ arguments: [String], scratch: URL? = nil) throws -> String {
        let folder = try scratch ?? CoachProcess.temporaryFolder()
        defer { if scratch == nil { try? FileManager.default.removeItem(at: folder) } }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let dump = folder.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: dump.path, contents: nil)
        let output = try FileHandle(forWritingTo: dump)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw ExportError(message: "\(program.lastPathComponent) \(arguments.last ?? "") did not finish in a minute")
        }
        return try String(contentsOf: dump, encoding: .utf8)
    }

    @Test(arguments: Document.allCases)
    func theExportFitsTheScreenAndA4InChromium(_ document: Document) throws {
        guard let chromium = Self.chromium else {
            Issue.record("""
                Chromium is not installed, so the HTML exports were NOT checked in a browser. \
                scripts/test installs Debian's chromium package (apt-get install chromium fonts-noto-cjk).
                """)
            return
        }
        // Without the font the pages ask for, Chinese shows as boxes and the screenshots show nothing.
        let font = try Self.run(URL(fileURLWithPath: "/usr/bin/fc-match"), ["Noto Sans CJK TC"])
        #expect(font.hasPrefix("NotoSansCJK"), "the Chinese font is missing (apt-get install fonts-noto-cjk): fc-match gives \(font)")
        let exports = try Self.exports.get()
        let page = try #require(exports.pages[document])
        let expected = try #require(exports.headings[document])
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        let html = try String(contentsOf: page, encoding: .utf8)
        // The measuring script goes into a copy: the export itself carries no script.
        #expect(!html.lowercased().contains("<script"))
        let checked = exports.folder.appendingPathComponent("\(document.rawValue).checked.html")
        try html.replacingOccurrences(of: "</head>", with: "<script>\(Self.measure)</script></head>").write(to: checked, atomically: true, encoding: .utf8)

        for width in Width.allCases {
            let address = checked.absoluteString + (width == .a4 ? "#print" : "")
            let dom = try Self.chromium(chromium, ["--window-size=\(width.rawValue),900", "--virtual-time-budget=5000", "--dump-dom", address])
            let json = try #require(dom.firstMatch(of: /<script type="application\/json" id="coach-check">(.*?)<\/script>/)?.output.1,
                                    "\(document) at \(width.rawValue) px: the page was not measured")
            let measured = try JSONDecoder().decode(Measured.self, from: Data(json.utf8))
            let at = "\(document) at \(width.rawValue) px"
            #expect(measured.width == width.rawValue, "\(at): the page is \(measured.width) px wide")
            #expect(measured.scrollWidth <= measured.width, "\(at): the page scrolls sideways to \(measured.scrollWidth) px")
            #expect(measured.wide.isEmpty, "\(at): wider than the page: \(measured.wide.prefix(10))")
            #expect(measured.squeezed.isEmpty, "\(at): short cells wrapped: \(measured.squeezed.prefix(10))")
            #expect(measured.misaligned.isEmpty, "\(at): columns do not line up from table to table: \(measured.misaligned)")
            #expect(measured.headings.map(\.text) == expected, "\(at): the sections on the page against the Markdown's")
            #expect(measured.headings.allSatisfy { $0.height > 0 }, "\(at): a section heading is not shown")

            // The whole page as it looks, kept for a person to see.
            let shot = Self.artefacts.appendingPathComponent("\(document.rawValue)-\(width.rawValue).png")
            try? FileManager.default.removeItem(at: shot)
            _ = try Self.chromium(chromium, ["--window-size=\(width.rawValue),\(max(measured.height, 600))", "--virtual-time-budget=5000",
                                             "--screenshot=\(shot.path)", address])
            let png = try Data(contentsOf: shot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "\(at): no screenshot")
            print("\(at): screenshot \(shot.path)")
        }

        // Printed: A4 pages (595 × 842 points), as the page's @page rule asks.
        let pdf = Self.artefacts.appendingPathComponent("\(document.rawValue).pdf")
        try? FileManager.default.removeItem(at: pdf)
        _ = try Self.chromium(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let printed = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(printed.hasPrefix("%PDF"), "\(document): no PDF")
        let boxes = printed.matches(of: /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/).map { (Double($0.output.1)!, Double($0.output.2)!) }
        #expect(!boxes.isEmpty && boxes.allSatisfy { abs($0.0 - 595.3) < 1.5 && abs($0.1 - 841.9) < 1.5 }, "\(document): pages \(boxes)")
        print("\(document): printed to \(pdf.path), \(boxes.count) A4 page(s)")
    }
}
