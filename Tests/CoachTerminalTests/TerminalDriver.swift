import Foundation
import Testing
import TestPostgres

// The support for the terminal tests: where the built binary and the shipped guidance are,
// a private sandbox per test, a small tmux driver, a subprocess runner and the database read
// through the sqlite3 command-line tool. Nothing here is shared between tests: every test
// makes its own sandbox and its own tmux server, so Swift Testing may run them in parallel.

/// The real program and its shipped guidance.
enum CoachBinary {
    /// `coach`, in the same build folder as the test runner.
    static var url: URL {
        (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .deletingLastPathComponent().appendingPathComponent("coach")
    }

    /// The checkout's `guidance/`, three levels up from this file.
    static var guidance: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("guidance")
    }
}

/// A test's own folder: the database, HOME, XDG_STATE_HOME (the answers history) and XDG_DATA_HOME.
final class Sandbox {
    let root: URL

    init() throws {
        root = URL(fileURLWithPath: "/tmp").appendingPathComponent("coach-e2e-\(UUID().uuidString.prefix(18))")
        database = root.appendingPathComponent("coach.sqlite").path
        for folder in ["home", "state", "data"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    /// A SQLite file in the folder, or a PostgreSQL database's URL (`onPostgres`).
    var database: String

    /// The same sandbox on a fresh PostgreSQL database of the test server; false when there is
    /// none (the test has then failed, or was skipped on purpose).
    func onPostgres() throws -> Bool {
        guard let url = try TestPostgres.freshDatabase() else { return false }
        database = url
        return true
    }
    /// The shared history of commands and choice answers.
    var historyFile: String { root.appendingPathComponent("state/coach/answers").path }
    /// Where versions before it kept every line typed, callers' words included.
    var oldHistoryFile: String { root.appendingPathComponent("state/coach/history").path }

    /// The whole environment coach runs with (nothing is inherited from the test runner).
    func environment(color: Bool = false) -> [String: String] {
        var env = [
            "PATH": "/usr/bin:/bin",
            "HOME": root.appendingPathComponent("home").path,
            "XDG_STATE_HOME": root.appendingPathComponent("state").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "COACH_DB": database,
            "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "interactive=no",
            "TERM": "xterm-256color",
        ]
        if !color { env["NO_COLOR"] = "1" }
        return env
    }

    /// `coach [subcommand] --staff chan.mw --lang zh-Hant --guidance … --db …`.
    func arguments(_ subcommand: String? = nil, language: String = "zh-Hant", guidance: URL = CoachBinary.guidance) -> [String] {
        (subcommand.map { [$0] } ?? [])
            + ["--staff", "chan.mw", "--lang", language, "--guidance", guidance.path, "--db", database]
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
        if database.hasPrefix("postgres") { TestPostgres.drop(database) }
    }
}

/// The result of a finished subprocess.
struct ProcessOutput {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to its end, through posix_spawn and waitpid rather than Foundation's
/// Process: on Linux, Process learns that a child ended when a socket the child inherited is
/// closed, and the tmux server a `tmux new-session` leaves behind keeps that socket open for
/// good, so `waitUntilExit` never returns. Here the child gets files as its standard input,
/// output and error, every other descriptor is closed (so no test's tmux server can hold
/// another test's descriptors), and the signal mask and dispositions are reset.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String],
                input: Data = Data(), in folder: URL) throws -> ProcessOutput {
    let id = UUID().uuidString
    let inPath = folder.appendingPathComponent("in-\(id)").path
    let outPath = folder.appendingPathComponent("out-\(id)").path
    let errPath = folder.appendingPathComponent("err-\(id)").path
    try input.write(to: URL(fileURLWithPath: inPath))
    defer { for path in [inPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    closeFrom(3, &actions)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGALRM, SIGUSR1, SIGUSR2] {
        sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
        struct SpawnFailed: Error, CustomStringConvertible { var description: String }
        throw SpawnFailed(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS, or 128 + the signal that ended it.
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
    return ProcessOutput(status: code, stdout: read(outPath), stderr: read(errPath))
}

/// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34+), which Swift's Glibc module does
/// not import: found at run time.
private func closeFrom(_ fd: Int32, _ actions: inout posix_spawn_file_actions_t) {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
        Issue.record("posix_spawn_file_actions_addclosefrom_np is missing: glibc 2.34 or later is needed")
        return
    }
    _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, fd)
}

/// Runs coach without a terminal, its standard input a script of lines.
func runCoachPiped(_ sandbox: Sandbox, _ subcommand: String? = nil, language: String = "zh-Hant", script: String) throws -> ProcessOutput {
    try runProcess(CoachBinary.url.path, sandbox.arguments(subcommand, language: language), environment: sandbox.environment(),
                   input: Data(script.utf8), in: sandbox.root)
}

/// Something the terminal did not show in time; its description carries the screen.
struct TerminalTimeout: Error, CustomStringConvertible {
    var waitingFor: String
    var screen: String
    var description: String {
        "timed out waiting for \(waitingFor)\n──── screen ────\n\(screen)\n────────────────"
    }
}

/// The visible screen of a pane and where its cursor is.
struct Screen: CustomStringConvertible {
    var lines: [String]
    var cursorX: Int
    var cursorY: Int

    /// The row the cursor is on, without trailing blanks.
    var cursorLine: String {
        cursorY < lines.count ? trimmedRight(lines[cursorY]) : ""
    }

    var text: String { lines.joined(separator: "\n") }

    var description: String {
        let body = lines.enumerated().map { index, line in
            (index == cursorY ? "▶ " : "  ") + trimmedRight(line)
        }
        return body.joined(separator: "\n") + "\n(cursor x=\(cursorX) y=\(cursorY))"
    }
}

func trimmedRight(_ line: String) -> String {
    var line = Substring(line)
    while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
    return String(line)
}

/// Terminal columns of plain text, as an independent oracle: CJK and full-width forms take
/// two columns, everything else here one (the prompts use only such characters).
func columns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
        let v = scalar.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        return total + (wide ? 2 : 1)
    }
}

/// A private tmux server (its own socket in the sandbox) driving coach in a 100×40 pane.
final class Tmux {
    let sandbox: Sandbox
    let socket: String
    private let config: String
    /// The session keys are sent to; `start` switches to the new one.
    private(set) var session = ""

    init(_ sandbox: Sandbox) throws {
        self.sandbox = sandbox
        socket = sandbox.root.appendingPathComponent("tmux.sock").path
        config = sandbox.root.appendingPathComponent("tmux.conf").path
        // A dead pane stays, so its last screen and exit status can be read.
        try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 5000\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
    }

    /// Starts `coach <arguments>` as the session's command, with exactly the sandbox's
    /// environment. Normally nothing runs in between, so the pane's pid is coach's. With
    /// `recordingExitStatus` a shell runs coach and writes its exit status to a file, because
    /// tmux 3.3a now and then marks a pane dead without ever reporting `pane_dead_status`
    /// (about one run in twenty here, with a plain `sh -c 'exit 3'` too).
    func start(_ name: String, arguments: [String], color: Bool = false, recordingExitStatus: Bool = false) throws {
        let env = sandbox.environment(color: color).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var command = ["/usr/bin/env", "-i"] + env + [CoachBinary.url.path] + arguments
        if recordingExitStatus {
            try? FileManager.default.removeItem(atPath: statusFile(name))
            command = ["/bin/sh", "-c", "\"$@\"; echo $? > \"$0\"", statusFile(name)] + command
        }
        try tmux(["-f", config, "new-session", "-d", "-s", name, "-x", "100", "-y", "40", "--"] + command)
        session = name
    }

    private func statusFile(_ name: String) -> String {
        sandbox.root.appendingPathComponent("exit-status-\(name)").path
    }

    /// Stops the server and everything in it.
    func kill() {
        _ = try? tmux(["kill-server"], check: false)
    }

    @discardableResult
    func tmux(_ arguments: [String], check: Bool = true) throws -> String {
        let env = ["PATH": "/usr/bin:/bin", "HOME": sandbox.root.appendingPathComponent("home").path,
                   "LANG": "C.UTF-8", "TMUX_TMPDIR": sandbox.root.path]
        let result = try runProcess("/usr/bin/tmux", ["-u", "-S", socket] + arguments, environment: env, in: sandbox.root)
        if check && result.status != 0 {
            struct TmuxFailed: Error, CustomStringConvertible { var description: String }
            throw TmuxFailed(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    // MARK: Keys

    /// Types text literally (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Presses named keys: Enter, C-c, C-d, Left, BSpace, C-a, C-e, Up, Down, Tab.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    // MARK: Reading the screen

    /// The visible screen and the cursor, read in one tmux call.
    func screen() throws -> Screen {
        let out = try tmux(["capture-pane", "-p", "-t", session, ";", "display", "-p", "-t", session, "#{cursor_x} #{cursor_y}"])
        var lines = out.components(separatedBy: "\n")
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        let cursor = (lines.popLast() ?? "0 0").split(separator: " ").compactMap { Int($0) }
        return Screen(lines: lines, cursorX: cursor.first ?? 0, cursorY: cursor.count > 1 ? cursor[1] : 0)
    }

    /// Everything the pane has shown, wrapped lines joined.
    func scrollback() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", session])
    }

    /// The screen as captured with its colours (escape sequences kept).
    func coloredScreen() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", session])
    }

    /// Whether the pane's process has ended, its pid, and once ended its exit status or the
    /// signal that killed it.
    func pane() throws -> (dead: Bool, pid: Int32, status: Int32?, signal: Int32?) {
        let fields = try tmux(["display", "-p", "-t", session,
                               "#{pane_dead}|#{pane_pid}|#{pane_dead_status}|#{pane_dead_signal}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "|")
        func field(_ index: Int) -> Int32? { index < fields.count ? Int32(fields[index]) : nil }
        return (fields.first == "1", field(1) ?? 0, field(2), field(3))
    }

    // MARK: Waiting

    /// Polls every 50 ms until `condition` holds on the screen; fails with the screen when it
    /// does not within the timeout.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, _ condition: (Screen) throws -> Bool) throws -> Screen {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while true {
            if try condition(last) { return last }
            if Date() > deadline { throw TerminalTimeout(waitingFor: what, screen: last.description) }
            Thread.sleep(forTimeInterval: 0.05)
            last = try screen()
        }
    }

    /// Waits until `text` has appeared anywhere in what the pane has shown.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> Screen {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if try scrollback().contains(text) { return try screen() }
            if Date() > deadline {
                throw TerminalTimeout(waitingFor: "“\(text)”", screen: (try? screen().description) ?? "")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits until the cursor sits on an empty prompt containing `label` (the row ends in ›).
    @discardableResult
    func waitForPrompt(_ label: String, timeout: TimeInterval = 10) throws -> Screen {
        try waitUntil("an empty prompt “\(label)”", timeout: timeout) { screen in
            screen.cursorLine.contains(label) && screen.cursorLine.hasSuffix("›")
                && screen.cursorX == columns(screen.cursorLine) + 1
        }
    }

    /// Types a line and waits until coach has echoed it on the prompt row (so a later wait
    /// cannot be satisfied by the screen from before the keys arrived), then presses Enter.
    func enter(_ text: String) throws {
        if !text.isEmpty {
            try type(text)
            try waitUntil("“\(text)” echoed on the prompt row") { $0.cursorLine.hasSuffix("› " + text) }
        }
        try press("Enter")
    }

    /// Answers the current prompt and waits for the next one, whose label must differ from
    /// the current one when the answer is empty.
    func answer(_ text: String, then next: String) throws {
        try enter(text)
        try waitForPrompt(next)
    }

    /// Types a line at a prompt that comes back after it (the caller's account) and waits until
    /// it is taken: echoed on the last prompt row above the cursor (whatever Coach showed in
    /// between), and the cursor on `label`'s empty prompt again.
    func say(_ text: String, at label: String) throws {
        try enter(text)
        try waitUntil("“\(text)” taken, and “\(label)” empty again") { screen in
            guard screen.cursorLine.contains(label), screen.cursorLine.hasSuffix("›"),
                  screen.cursorX == columns(screen.cursorLine) + 1 else { return false }
            let above = screen.lines.prefix(screen.cursorY).last { $0.contains("› ") }
            return above.map { trimmedRight($0).hasSuffix("› " + text) } ?? false
        }
    }

    /// Presses Up until the line at `prompt` no longer changes; every line recalled, newest first.
    func recallAll(at prompt: String) throws -> [String] {
        var recalled: [String] = []
        var shown = trimmedRight(prompt)
        while recalled.count < 20 {
            try press("Up")
            let before = shown
            guard (try? waitUntil("Up recalls another line", timeout: 2, { $0.cursorLine != before })) != nil else { break }
            // libedit redraws the line: read it once it holds still.
            Thread.sleep(forTimeInterval: 0.15)
            shown = try screen().cursorLine
            recalled.append(String(shown.dropFirst(prompt.count)))
        }
        return recalled
    }

    /// Waits until the pane's process has ended (its terminal is closed).
    func waitForExit(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !pane().dead {
            if Date() > deadline {
                throw TerminalTimeout(waitingFor: "coach to exit", screen: (try? screen().description) ?? "")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits until coach, started with `recordingExitStatus`, has ended; returns its status.
    func exitStatus(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let written = (try? String(contentsOfFile: statusFile(session), encoding: .utf8)) ?? ""
            if written.hasSuffix("\n"), let status = Int32(written.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            if Date() > deadline {
                throw TerminalTimeout(waitingFor: "coach to exit", screen: (try? screen().description) ?? "")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

/// Whether a process has ended: gone, or a zombie waiting for its parent.
func hasEnded(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
    // pid (comm) S …: the state follows the last ')'.
    guard let close = stat.lastIndex(of: ")") else { return false }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
}

/// The database, read with the sqlite3 command-line tool (JSON output), or with psql when it
/// is on PostgreSQL (same tables and columns).
struct CoachDatabase {
    let path: String
    let folder: URL

    init(_ sandbox: Sandbox) {
        path = sandbox.database
        folder = sandbox.root
    }

    /// Every row, each column as text (NULL columns are absent).
    func rows(_ sql: String) throws -> [[String: String]] {
        if path.hasPrefix("postgres") { return try TestPostgres.rows(path, sql) }
        let result = try runProcess("/usr/bin/sqlite3", ["-json", "-cmd", ".timeout 5000", path, sql],
                                    environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], in: folder)
        guard result.status == 0 else {
            struct SQLiteFailed: Error, CustomStringConvertible { var description: String }
            throw SQLiteFailed(description: "sqlite3 \(sql): \(result.stderr)")
        }
        let trimmed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        let json = try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [[String: Any]] ?? []
        return json.map { row in
            row.compactMapValues { value -> String? in
                switch value {
                case let s as String: s
                case let n as NSNumber: n.stringValue
                default: nil
                }
            }
        }
    }

    /// The first column of every row.
    func column(_ sql: String) throws -> [String?] {
        try rows(sql).map { $0.values.first }
    }

    /// One value (the first column of the first row).
    func value(_ sql: String) throws -> String? {
        try rows(sql).first?.values.first
    }

    /// The transcript of every case, oldest first.
    func transcript() throws -> [[String: String]] {
        try rows("SELECT id, case_id, at, staff, kind, step, text FROM transcript ORDER BY id")
    }
}

/// The store a terminal test runs on: a SQLite file, or a fresh database of the test server.
enum Engine: String, CaseIterable, Sendable { case sqlite, postgres }

/// `withTerminal` on `engine`; on PostgreSQL without a server the test has failed (or was
/// skipped on purpose) and `body` is not run.
func withTerminal(on engine: Engine, _ body: (Tmux, Sandbox) throws -> Void) throws {
    try withTerminal { tmux, sandbox in
        if engine == .postgres, try !sandbox.onPostgres() { return }
        try body(tmux, sandbox)
    }
}

/// A sandbox and a tmux server for one test; both are gone when `body` returns or throws.
func withTerminal(_ body: (Tmux, Sandbox) throws -> Void) throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    let tmux = try Tmux(sandbox)
    defer { tmux.kill() }
    try body(tmux, sandbox)
}

/// The prompt labels of an intake, in zh-Hant.
enum Label {
    /// Where a call opens: the caller's account, a line at a time.
    static let account = "1/6 對方講"
    /// The one key after danger is heard.
    static let markUrgent = "1/6 標為緊急？"
    static let anythingElse = "2/6 仲有冇其他？"
    /// The read-back, with the facts heard to accept.
    static let heard = "2/6 用聽到的資料？"
    static let callerName = "2/6 來電者姓名"
    static let standing = "2/6 業主定住戶"
    static let unit = "2/6 單位"
    static let contact = "2/6 聯絡電話"
    static let category = "3/6 類別"
    /// 保留草稿並離開? / ？ (the question mark is matched loosely: half- or full-width).
    static let leave = "保留草稿並離開"
}
