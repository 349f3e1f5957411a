import Foundation
import Testing
@testable import Guidance
import ComplaintDomain

/// The guidance folder this checkout ships: three levels up from this file, then `guidance`.
let shippedGuidance = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()   // Tests/GuidanceTests
    .deletingLastPathComponent()   // Tests
    .deletingLastPathComponent()   // the package
    .appendingPathComponent("guidance")

/// A fresh, uniquely named folder under the system's temporary directory. Call `remove()` when done.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("coach-guidance-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

struct FixtureProblem: Error, CustomStringConvertible {
    var description: String
}

/// A copy of the shipped guidance folder that a test may break, one file at a time.
struct GuidanceCopy {
    let folder: TemporaryFolder
    var url: URL { folder.url.appendingPathComponent("guidance", isDirectory: true) }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: shippedGuidance, to: folder.url.appendingPathComponent("guidance"))
    }

    func remove() { folder.remove() }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func lines(_ name: String) throws -> [String] {
        try String(contentsOf: file(name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func write(_ name: String, lines: [String]) throws {
        try Data(lines.joined(separator: "\n").utf8).write(to: file(name))
    }

    /// Replaces `old` with `new` on one line (1-based), failing loudly when the shipped file has
    /// changed so that the line no longer holds `old`.
    func replace(in name: String, line: Int, _ old: String, with new: String) throws {
        var all = try lines(name)
        guard all.indices.contains(line - 1), all[line - 1].contains(old) else {
            throw FixtureProblem(description: "\(name):\(line) no longer contains \(old.debugDescription); update the test")
        }
        all[line - 1] = all[line - 1].replacingOccurrences(of: old, with: new)
        try write(name, lines: all)
    }

    /// Removes lines `range` (1-based, inclusive) after checking the first one holds `expected`.
    func removeLines(in name: String, _ range: ClosedRange<Int>, firstContaining expected: String) throws {
        var all = try lines(name)
        guard all.indices.contains(range.upperBound - 1), all[range.lowerBound - 1].contains(expected) else {
            throw FixtureProblem(description: "\(name):\(range.lowerBound) no longer contains \(expected.debugDescription); update the test")
        }
        all.removeSubrange((range.lowerBound - 1)...(range.upperBound - 1))
        try write(name, lines: all)
    }

    /// Inserts a line so that it becomes line `line`.
    func insert(in name: String, line: Int, _ text: String) throws {
        var all = try lines(name)
        all.insert(text, at: line - 1)
        try write(name, lines: all)
    }

    /// Loads the copy and returns the error it must raise (nil, recorded as an issue, if it loads).
    func loadError(sourceLocation: SourceLocation = #_sourceLocation) -> GuidanceError? {
        do {
            _ = try GuidanceLoader.load(from: url)
            Issue.record("the broken guidance loaded without an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }
}

/// Checks an error's place and wording: the file by its name, the line and column when given,
/// and that every word in `words` appears in the message.
func expectError(_ error: GuidanceError?, file: String, line: Int?, column: Int? = nil, mentions words: [String],
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let error else { return }
    #expect(error.file.hasSuffix("/" + file), "file: \(error)", sourceLocation: sourceLocation)
    #expect(error.line == line, "line: \(error)", sourceLocation: sourceLocation)
    if let column {
        #expect(error.column == column, "column: \(error)", sourceLocation: sourceLocation)
    }
    for word in words {
        #expect(error.message.contains(word), "message should mention \(word.debugDescription): \(error)",
                sourceLocation: sourceLocation)
    }
    #expect(error.description.hasPrefix(error.file), "description starts with the file: \(error)",
            sourceLocation: sourceLocation)
}

/// A change that breaks a copy of the guidance, applied before loading it.
protocol GuidanceEdit: Sendable {
    func apply(to copy: GuidanceCopy) throws
}

/// Replaces `old` with `new` on one line (1-based) of a file.
struct Replacement: GuidanceEdit {
    var file: String
    var line: Int
    var old: String
    var new: String

    init(_ file: String, line: Int, _ old: String, with new: String) {
        (self.file, self.line, self.old, self.new) = (file, line, old, new)
    }

    func apply(to copy: GuidanceCopy) throws {
        try copy.replace(in: file, line: line, old, with: new)
    }
}

/// Removes lines of a file (1-based, inclusive), the first of which must hold `firstContaining`.
struct Removal: GuidanceEdit {
    var file: String
    var lines: ClosedRange<Int>
    var firstContaining: String

    init(_ file: String, lines: ClosedRange<Int>, firstContaining: String) {
        (self.file, self.lines, self.firstContaining) = (file, lines, firstContaining)
    }

    func apply(to copy: GuidanceCopy) throws {
        try copy.removeLines(in: file, lines, firstContaining: firstContaining)
    }
}

/// Empties a list or mapping: its entries are removed, then its key's line gets the empty value.
struct EmptiedList: GuidanceEdit {
    var entries: Removal
    var key: Replacement

    func apply(to copy: GuidanceCopy) throws {
        try entries.apply(to: copy)
        try key.apply(to: copy)
    }
}

/// One row of an error table: a readable name, the edit that breaks a fresh copy of the shipped
/// guidance, and where the error that loading the copy raises must point (a nil `column` is not
/// checked) and what its message must mention.
struct ErrorCase<Edit: GuidanceEdit>: Sendable, CustomTestStringConvertible {
    var name: String
    var edit: Edit
    var file: String
    var line: Int?
    var column: Int?
    var mentions: [String]

    init(_ name: String, _ edit: Edit, file: String, line: Int?, column: Int? = nil, mentions: [String]) {
        (self.name, self.edit, self.file, self.line, self.column, self.mentions) = (name, edit, file, line, column, mentions)
    }

    var testDescription: String { name }

    /// Breaks a fresh copy with the edit and checks the error `load` returns (by default, that of
    /// loading the main guidance); failures are reported at `sourceLocation`.
    func check(load: (GuidanceCopy, SourceLocation) -> GuidanceError? = { $0.loadError(sourceLocation: $1) },
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        try edit.apply(to: copy)
        expectError(load(copy, sourceLocation), file: file, line: line, column: column, mentions: mentions,
                    sourceLocation: sourceLocation)
    }
}

/// Where a line first stands in a shipped guidance file (1-based; 0 if it does not), for tests of
/// files that trainers extend, such as guidance/phrases, whose lines move as examples are added.
func shippedLine(_ text: String, in name: String) -> Int {
    let contents = (try? String(contentsOf: shippedGuidance.appendingPathComponent(name), encoding: .utf8)) ?? ""
    return (contents.components(separatedBy: "\n").firstIndex(of: text) ?? -1) + 1
}
