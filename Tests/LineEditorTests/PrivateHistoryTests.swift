import Foundation
import Testing
@testable import LineEditor

/// The line-editing history holds what was typed (names, telephone numbers): its file is
/// private from the moment it exists, in a private folder, and a save is whole or not at all.
@Suite struct PrivateHistoryTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("coach-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Writes as libedit does (`fopen(path, "w")`): into the file, which keeps its mode.
    func writeInPlace(_ path: String, _ text: String) -> Bool {
        guard let handle = FileHandle(forWritingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.truncate(atOffset: 0)) != nil && (try? handle.write(contentsOf: Data(text.utf8))) != nil
    }

    @Test func theHistoryIsPrivateFromItsFirstByteInAPrivateFolder() throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let path = base + "/state/coach/history"
        var modeWhenHandedOver = -1
        let saved = PrivateHistory.save(to: path) { file in
            // What libedit is given already exists, empty and private: it is never created with
            // the default mode and chmod-ed afterwards.
            modeWhenHandedOver = (try? mode(file)) ?? -1
            #expect(FileManager.default.contents(atPath: file) == Data())
            return writeInPlace(file, "_HiStOrY_V2_\n陳大文\n")
        }
        #expect(saved)
        #expect(modeWhenHandedOver == 0o600)
        #expect(try mode(path) == 0o600)
        #expect(try mode(base + "/state/coach") == 0o700)
        #expect(FileManager.default.contents(atPath: path) == Data("_HiStOrY_V2_\n陳大文\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/state/coach") == ["history"], "no temporary file left")
    }

    @Test func aFolderOthersCouldReadIsMadePrivate() throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/coach", withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        #expect(PrivateHistory.save(to: base + "/coach/history") { _ in true })
        #expect(try mode(base + "/coach") == 0o700)
        #expect(try mode(base + "/coach/history") == 0o600)
    }

    @Test func aSaveThatFailsLeavesTheOldHistoryAsItWas() throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let path = base + "/history"
        #expect(PrivateHistory.save(to: path) { writeInPlace($0, "old\n") })
        #expect(!PrivateHistory.save(to: path) { file in
            _ = writeInPlace(file, "half")
            return false
        })
        #expect(FileManager.default.contents(atPath: path) == Data("old\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["history"])
    }
}
