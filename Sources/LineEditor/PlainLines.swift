import Foundation
import TextSafety
#if canImport(Glibc)
import Glibc
#endif

/// Lines read plainly when standard input is not a terminal. Each prompt and the line read
/// are echoed, so `coach intake < script.txt` prints a readable session.
public final class PlainLines: LineSource {
    public let isInteractive = false

    public init() {}

    /// Bytes read from standard input and not yet returned as a line.
    private var buffer: [UInt8] = []
    private var ended = false

    public func read(_ prompt: LinePrompt) -> LineRead {
        write(prompt.plain)
        guard var bytes = nextLine() else {
            write("\n")
            return .endOfInput
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let read = LineRead(bytes)
        // The echo may reach a terminal: what was typed is shown, never obeyed.
        write(SafeText.line(read.text) + "\n")
        return read
    }

    /// The next line's bytes without its newline; nil at the end of input. The last line counts
    /// even without a newline.
    private func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return buffer
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                ended = true
            }
        }
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func close() {}
}
