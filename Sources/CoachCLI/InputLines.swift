import Foundation
import LineEditor
#if canImport(Glibc)
import Glibc
#endif

/// Standard input, a line at a time as it arrives (so a line typed at a terminal is answered at
/// once), without echo or prompt: for commands that read lines as data, such as `coach hear`.
/// Each line is read as intake reads one (`LineRead`): UTF-8, else Big5-HKSCS or GB18030, else as
/// far as it goes. The last line counts without its newline; a carriage return before it is dropped.
struct InputLines {
    private var buffer: [UInt8] = []
    private var ended = false

    /// The next line, `.line` or `.undecodable`; nil at the end of input.
    mutating func next() -> LineRead? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let bytes = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return Self.line(bytes)
            }
            if ended {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return Self.line(buffer)
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                ended = true
            }
        }
    }

    private static func line(_ bytes: [UInt8]) -> LineRead {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return LineRead(bytes)
    }
}
