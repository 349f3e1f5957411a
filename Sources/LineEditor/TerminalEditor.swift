import CEditLine
import Foundation
import TextSafety

/// Line editing on libedit: emacs keys, UTF-8 with correct cursor movement over Chinese,
/// history kept in a file, Tab completion of the current prompt's choices, Ctrl-C that clears
/// the line and keeps the session.
public final class TerminalEditor: LineSource {
    public let isInteractive = true
    private var editor: OpaquePointer?
    private let historyPath: String?
    private let output: Int32
    private var completions: [String] = []
    private var following: [[String]: [String]] = [:]
    /// Called every fifth of a second while nothing is typed (a simulated caller finishing a
    /// sentence); returns whether it printed anything, so the prompt and line are drawn again.
    public var idle: (() -> Bool)? {
        didSet {
            guard let editor else { return }
            coach_el_set_idle(editor, idle == nil ? nil : idleFunction, 200)
        }
    }

    /// Nil when libedit cannot start on these descriptors.
    public init?(program: String, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, historyPath: String?) {
        self.historyPath = historyPath
        self.output = output
        coach_el_setup_locale()
        coach_el_install_interrupt_handler()
        guard let el = coach_el_open(program, input, output, STDERR_FILENO, Unmanaged.passUnretained(self).toOpaque()) else {
            return nil
        }
        editor = el
        coach_el_bind_function(el, "coach-complete", "Complete the answer or command", completeFunction, "^I")
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            _ = coach_el_history_load(el, historyPath)
        }
    }

    deinit {
        if let editor { coach_el_close(editor) }
    }

    public func read(_ prompt: LinePrompt) -> LineRead {
        guard let editor else { return .endOfInput }
        completions = prompt.completions
        following = prompt.following
        coach_el_set_prompt(editor, Self.markEscapes(prompt.styled))
        if let prefill = prompt.prefill, !prefill.isEmpty { el_push(editor, prefill) }
        var count: Int32 = 0
        let line = coach_el_gets(editor, &count)
        let interrupted = coach_el_take_interrupt() != 0
        guard let bytes = line else {
            if count < 0 || interrupted {
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var raw = [UInt8](UnsafeRawBufferPointer(start: bytes, count: Int(strlen(bytes))))
        while raw.last == UInt8(ascii: "\n") || raw.last == UInt8(ascii: "\r") { raw.removeLast() }
        let read = LineRead(raw)
        let text = read.text
        if let kept = prompt.history.kept(text) {
            coach_el_history_add(editor, kept)
            saveHistory()
        }
        return read
    }

    public func write(_ text: String) {
        var data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeMutableBytes { Foundation.write(output, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    public func close() {
        saveHistory()
    }

    private func saveHistory() {
        guard let editor, let historyPath else { return }
        // Written to a new 0600 file beside it, then renamed over it (PrivateHistory).
        PrivateHistory.save(to: historyPath) { coach_el_history_save(editor, $0) >= 0 }
    }

    /// Tab: completes the word before the cursor; lists the candidates when it cannot decide.
    fileprivate func complete() -> UInt8 {
        guard let editor, let raw = coach_el_text_before_cursor(editor) else { return UInt8(CC_ERROR) }
        let before = String(cString: raw)
        free(raw)
        let word = Completion.word(before: before)
        let matches = Completion.candidates(for: word, in: Completion.choices(before: before, completions: completions, following: following))
        guard !matches.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let prefix = Completion.commonPrefix(matches)
        if prefix.unicodeScalars.count > word.unicodeScalars.count || (matches.count == 1 && prefix != String(word)) {
            el_deletestr(editor, Int32(word.unicodeScalars.count))
            _ = el_insertstr(editor, prefix)
            return UInt8(CC_REFRESH)
        }
        let width = (matches.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let columns = max(1, 78 / width)
        var listing = "\n"
        for (index, match) in matches.enumerated() {
            listing += DisplayWidth.pad(match, to: width)
            if index % columns == columns - 1 || index == matches.count - 1 { listing += "\n" }
        }
        write(listing)
        return UInt8(CC_REDISPLAY)
    }

    /// Wraps each ANSI escape sequence in \1 so libedit does not count it as printed.
    static func markEscapes(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inEscape = true
                result += "\u{1}"
            }
            result.unicodeScalars.append(scalar)
            if inEscape, scalar.properties.isAlphabetic, scalar != "[" {
                inEscape = false
                result += "\u{1}"
            }
        }
        return result
    }
}

/// libedit's reading calls this between keys while `idle` is set.
private let idleFunction: @convention(c) (OpaquePointer?) -> Int32 = { el in
    guard let el, let context = coach_el_clientdata(el) else { return 0 }
    return Unmanaged<TerminalEditor>.fromOpaque(context).takeUnretainedValue().idle?() == true ? 1 : 0
}

/// libedit calls this on Tab; it finds the editor through the client data.
private let completeFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let context = coach_el_clientdata(el) else { return UInt8(CC_ERROR) }
    return Unmanaged<TerminalEditor>.fromOpaque(context).takeUnretainedValue().complete()
}
