import Foundation

/// How far `coach db copy` has gone, on standard error: a bar redrawn in place on a terminal,
/// else a plain line at every tenth of the way (a log keeps a few lines, not a redraw each case).
struct CopyProgress {
    /// What is being done ("copying", "verifying"), before the bar.
    let stage: String
    let total: Int
    /// "40 of 400 cases", in the desk's language.
    let count: (_ done: Int, _ total: Int) -> String
    let interactive: Bool
    private var shownTenth = 0
    private var lastDrawn: TimeInterval = 0

    init(stage: String, total: Int, count: @escaping (_ done: Int, _ total: Int) -> String,
         interactive: Bool = isatty(STDERR_FILENO) == 1) {
        self.stage = stage
        self.total = total
        self.count = count
        self.interactive = interactive
    }

    mutating func show(_ done: Int) {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        if interactive {
            // At most ten redraws a second, and always the last.
            let now = ProcessInfo.processInfo.systemUptime
            guard now - lastDrawn >= 0.1 || done == total else { return }
            lastDrawn = now
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            write("\r\(stage) \(bar) \(count(done, total)) \(Int(fraction * 100))%\u{1B}[K")
        } else {
            let tenth = Int(fraction * 10)
            guard tenth > shownTenth || (done == total && shownTenth < 10) else { return }
            shownTenth = max(tenth, done == total ? 10 : tenth)
            write("\(stage): \(count(done, total)) (\(Int(fraction * 100))%)\n")
        }
    }

    /// Ends the bar's line, so what follows starts on a line of its own.
    func finish() {
        if interactive { write("\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
