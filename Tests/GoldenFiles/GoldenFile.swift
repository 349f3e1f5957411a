import Foundation
import Testing

/// Golden files for the exact-output tests of every target: output compared byte for byte with a
/// file, and a mismatch shown as a small unified diff so a reviewer reads what changed rather than
/// "not equal".
///
/// After changing an output on purpose, run the tests once with `COACH_UPDATE_GOLDEN=1`: they
/// then write the golden files instead of comparing, and `git diff` of the files shows the change.
public enum GoldenFile {
    static let updating = ProcessInfo.processInfo.environment["COACH_UPDATE_GOLDEN"] == "1"

    /// Compares `actual` with `name` in `folder`, or writes that file when updating. A mismatch or
    /// a missing file is recorded as an issue (not thrown), so every output of a case is checked.
    public static func expect(_ actual: String, in folder: URL, matches name: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        let bytes = Data(actual.utf8)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try bytes.write(to: file, options: .atomic)
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record("no golden file \(folder.lastPathComponent)/\(name); run with COACH_UPDATE_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        if bytes != expected {
            Issue.record("""
                output differs from \(folder.lastPathComponent)/\(name) (if the change is meant, rerun with COACH_UPDATE_GOLDEN=1):
                \(firstDifference(golden: expected, actual: bytes, name: "\(folder.lastPathComponent)/\(name)"))
                """, sourceLocation: sourceLocation)
        }
    }

    /// The first run of differing lines as a unified-diff hunk: up to `context` shared lines
    /// before and after it, and at most `limit` golden lines (`-`) and actual lines (`+`), with
    /// a note when more differences follow. Lines are compared as bytes, so a change of spaces
    /// or of the final newline is found too.
    static func firstDifference(golden: Data, actual: Data, name: String, context: Int = 3, limit: Int = 12) -> String {
        let old = lines(golden), new = lines(actual)
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        let (oldEnd, newEnd) = resync(old, new, after: start, context: context)
        let after = min(context, old.count - oldEnd)
        let from = max(0, start - context)
        var hunk = ["--- \(name)", "+++ actual",
                    "@@ -\(from + 1),\(oldEnd + after - from) +\(from + 1),\(newEnd + after - from) @@"]
        hunk += old[from..<start].map { " " + show($0) }
        for (sign, changed) in [("-", old[start..<oldEnd]), ("+", new[start..<newEnd])] {
            hunk += changed.prefix(limit).map { sign + show($0) }
            if changed.count > limit { hunk.append("… \(changed.count - limit) more \(sign) lines") }
        }
        hunk += old[oldEnd..<(oldEnd + after)].map { " " + show($0) }
        if old[oldEnd...] != new[newEnd...] { hunk.append("… and more differences below") }
        return hunk.joined(separator: "\n")
    }

    /// Where the two agree again after the first difference at `start`: the nearest pair of
    /// positions (fewest lines skipped on both sides together) from which `context` lines, or
    /// all the remaining lines, are the same.
    static func resync(_ old: [[UInt8]], _ new: [[UInt8]], after start: Int, context: Int) -> (Int, Int) {
        let remaining = (old.count - start) + (new.count - start)
        guard remaining > 0 else { return (old.count, new.count) }
        for skipped in 1...remaining {
            for skippedOld in 0...skipped {
                let o = start + skippedOld, n = start + skipped - skippedOld
                guard o <= old.count, n <= new.count else { continue }
                let run = min(context, old.count - o, new.count - n)
                let toTheEnd = o + run == old.count && n + run == new.count
                if (run == context || toTheEnd), old[o..<(o + run)] == new[n..<(n + run)] { return (o, n) }
            }
        }
        return (old.count, new.count)
    }

    /// Lines with their newline, so that a missing final newline is a difference.
    static func lines(_ data: Data) -> [[UInt8]] {
        var lines: [[UInt8]] = [], line: [UInt8] = []
        for byte in data {
            line.append(byte)
            if byte == UInt8(ascii: "\n") {
                lines.append(line)
                line = []
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A line as `diff -u` shows it: without its newline, and marked when it has none.
    static func show(_ line: [UInt8]) -> String {
        guard line.last == UInt8(ascii: "\n") else {
            return String(decoding: line, as: UTF8.self) + "\n\\ No newline at end of file"
        }
        return String(decoding: line.dropLast(), as: UTF8.self)
    }
}
