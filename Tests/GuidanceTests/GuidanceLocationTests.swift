import Foundation
import Testing
@testable import Guidance

/// `--guidance` beats `COACH_GUIDANCE`, which beats a guidance folder found beside the binary.
@Suite("Guidance location")
struct GuidanceLocationTests {
    /// Creates `folder/guidance/guidelines.yaml` and returns the guidance folder.
    @discardableResult
    func makeGuidance(in folder: URL) throws -> URL {
        let guidance = folder.appendingPathComponent("guidance", isDirectory: true)
        try FileManager.default.createDirectory(at: guidance, withIntermediateDirectories: true)
        try Data("guidelines: []\n".utf8).write(to: guidance.appendingPathComponent("guidelines.yaml"))
        return guidance
    }

    /// Creates an executable-looking file at `path` below `root`.
    func makeBinary(_ path: String, in root: URL) throws -> URL {
        let binary = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: binary)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
        return binary
    }

    func samePlace(_ a: URL?, _ b: URL) -> Bool {
        a?.resolvingSymlinksInPath().standardizedFileURL.path == b.resolvingSymlinksInPath().standardizedFileURL.path
    }

    @Test func optionBeatsEnvironmentAndBinary() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("bin/coach", in: root.url)
        try makeGuidance(in: binary.deletingLastPathComponent())
        let location = GuidanceLocation.resolve(option: "/from/option", environment: ["COACH_GUIDANCE": "/from/env"],
                                                executable: binary)
        #expect(location == GuidanceLocation(directory: URL(fileURLWithPath: "/from/option"), source: .option))
    }

    @Test func environmentBeatsBinary() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("bin/coach", in: root.url)
        try makeGuidance(in: binary.deletingLastPathComponent())
        let location = GuidanceLocation.resolve(option: nil, environment: ["COACH_GUIDANCE": "/from/env"], executable: binary)
        #expect(location == GuidanceLocation(directory: URL(fileURLWithPath: "/from/env"), source: .environment))
    }

    @Test func emptyOptionAndEnvironmentAreIgnored() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("bin/coach", in: root.url)
        let guidance = try makeGuidance(in: binary.deletingLastPathComponent())
        let location = GuidanceLocation.resolve(option: "", environment: ["COACH_GUIDANCE": ""], executable: binary)
        #expect(location?.source == .besideBinary)
        #expect(samePlace(location?.directory, guidance))
    }

    @Test func optionIsTakenEvenWhenTheFolderDoesNotExist() {
        // Resolving only chooses; loading reports the missing files.
        let location = GuidanceLocation.resolve(option: "/nowhere/guidance", environment: [:],
                                                executable: URL(fileURLWithPath: "/nowhere/bin/coach"))
        #expect(location?.source == .option)
        #expect(location?.directory.path == "/nowhere/guidance")
    }

    @Test func findsGuidanceNextToTheBinary() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("bin/coach", in: root.url)
        let guidance = try makeGuidance(in: binary.deletingLastPathComponent())
        let location = GuidanceLocation.resolve(option: nil, environment: [:], executable: binary)
        #expect(location?.source == .besideBinary)
        #expect(samePlace(location?.directory, guidance), "\(String(describing: location))")
    }

    @Test func findsInstalledShareFolder() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("usr/local/bin/coach", in: root.url)
        let share = root.url.appendingPathComponent("usr/local/share/coach")
        let guidance = try makeGuidance(in: share)
        let location = GuidanceLocation.resolve(option: nil, environment: [:], executable: binary)
        #expect(location?.source == .besideBinary)
        #expect(samePlace(location?.directory, guidance), "\(String(describing: location))")
    }

    @Test func findsTheCheckoutAboveABuiltBinary() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let checkout = root.url.appendingPathComponent("checkout")
        let binary = try makeBinary("checkout/.build/debug/coach", in: root.url)
        let guidance = try makeGuidance(in: checkout)
        let location = GuidanceLocation.resolve(option: nil, environment: [:], executable: binary)
        #expect(location?.source == .besideBinary)
        #expect(samePlace(location?.directory, guidance), "\(String(describing: location))")
        #expect(location?.directory == location?.directory.standardizedFileURL)
    }

    @Test func followsASymlinkedBinaryToItsCheckout() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("checkout/.build/x86_64-unknown-linux-gnu/debug/coach", in: root.url)
        let guidance = try makeGuidance(in: root.url.appendingPathComponent("checkout"))
        let link = root.url.appendingPathComponent("elsewhere/bin/coach")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
        let location = GuidanceLocation.resolve(option: nil, environment: [:], executable: link)
        #expect(location?.source == .besideBinary)
        #expect(samePlace(location?.directory, guidance), "\(String(describing: location))")
    }

    @Test func nearestFolderWins() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("checkout/.build/debug/coach", in: root.url)
        try makeGuidance(in: root.url.appendingPathComponent("checkout"))
        let beside = try makeGuidance(in: binary.deletingLastPathComponent())
        let location = GuidanceLocation.resolve(option: nil, environment: [:], executable: binary)
        #expect(samePlace(location?.directory, beside), "\(String(describing: location))")
    }

    @Test func folderWithoutGuidelinesIsNotGuidance() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let binary = try makeBinary("a/b/c/d/e/f/g/bin/coach", in: root.url)
        // An empty guidance/ folder beside the binary does not count.
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent().appendingPathComponent("guidance"),
                                                withIntermediateDirectories: true)
        #expect(GuidanceLocation.resolve(option: nil, environment: [:], executable: binary) == nil)
    }

    @Test func nilWhenNothingIsNear() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        // Deep enough that every folder searched lies inside the temporary folder.
        let binary = try makeBinary("a/b/c/d/e/f/g/bin/coach", in: root.url)
        #expect(GuidanceLocation.resolve(option: nil, environment: [:], executable: binary) == nil)
    }
}
