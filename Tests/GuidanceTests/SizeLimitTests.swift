import Foundation
import Testing
@testable import Guidance
#if canImport(Glibc)
import Glibc
#endif

/// A guidance file is size-checked before it is read: one over the limit is refused at its
/// line 1, column 1 with its size, and never read; a pipe or a folder is refused unread.
@Suite("Guidance file size limit")
struct SizeLimitTests {
    /// The process's peak resident memory so far, in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    @Test func theLimitIsOneMebibyte() {
        #expect(GuidanceLoader.maximumFileSize == 1_048_576)
    }

    @Test func aSparseTwoGigabyteFileIsRefusedUnread() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.file("guidelines.yaml")
        // `truncate -s 2G`: a sparse file, 2 GiB long, no blocks on disk.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let error = copy.loadError()
        expectError(error, file: "guidelines.yaml", line: 1, column: 1, mentions: ["too large (2147483648 bytes; at most 1048576)"])
        #expect(error?.description == url.path + ":1:1: too large (2147483648 bytes; at most 1048576)")
        // Reading it would have taken 2 GiB; the whole test process stays far below that.
        #expect(Self.peakMemory() < 1 << 30, "peak \(Self.peakMemory()) bytes")
    }

    @Test func oneByteOverTheLimitIsRefusedAndTheLimitItselfIsRead() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.file("regulation.yaml")
        var text = try Data(contentsOf: url)
        // Padded with a comment up to exactly the limit: still read, and still the same file.
        let padding = GuidanceLoader.maximumFileSize - text.count - 3
        text.append(contentsOf: Data(("\n#" + String(repeating: "x", count: padding) + "\n").utf8))
        #expect(text.count == GuidanceLoader.maximumFileSize)
        try text.write(to: url)
        #expect(throws: Never.self) { try GuidanceLoader.load(from: copy.url) }

        text.append(contentsOf: Data("\n".utf8))
        try text.write(to: url)
        let error = copy.loadError()
        expectError(error, file: "regulation.yaml", line: 1, column: 1, mentions: ["too large (1048577 bytes; at most 1048576)"])
    }

    @Test func aTrainingFileIsCheckedToo() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.url.appendingPathComponent("scenarios/leak-third-time.yaml")
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 3 << 20)
        try handle.close()
        let catalogue = try GuidanceLoader.load(from: copy.url)
        #expect {
            _ = try GuidanceLoader.loadTraining(from: copy.url, organization: catalogue.organization)
        } throws: { error in
            guard let error = error as? GuidanceError else { return false }
            return error.file == url.path && error.line == 1 && error.column == 1
                && error.message == "too large (3145728 bytes; at most 1048576)"
        }
    }

    @Test func aPipeIsRefusedWithoutWaitingForIt() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.file("urgency.yaml")
        try FileManager.default.removeItem(at: url)
        // Nobody ever writes to it: reading it would wait for ever.
        #expect(mkfifo(url.path, 0o600) == 0)
        let error = copy.loadError()
        expectError(error, file: "urgency.yaml", line: nil, mentions: ["cannot be read", "not a regular file"])
    }

    @Test func aFolderIsRefused() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let url = copy.file("organization.yaml")
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        expectError(copy.loadError(), file: "organization.yaml", line: nil, mentions: ["cannot be read"])
    }

    @Test func aSymbolicLinkIsFollowedAndItsTargetChecked() throws {
        let copy = try GuidanceCopy()
        defer { copy.remove() }
        let big = copy.folder.url.appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 2 << 20)
        try handle.close()
        let url = copy.file("urgency.yaml")
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: big)
        expectError(copy.loadError(), file: "urgency.yaml", line: 1, column: 1, mentions: ["too large (2097152 bytes"])
    }

    @Test func aZoneFileOverTheLimitIsNoZone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("Big_Zone")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        #expect(ZoneInfo.rules("Big_Zone", directory: folder.url.path) == nil)
        #expect(ZoneInfo.rules("Asia/Hong_Kong") != nil)
    }
}
