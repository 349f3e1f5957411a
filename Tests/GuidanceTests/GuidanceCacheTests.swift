import Foundation
import Testing
@testable import Guidance
import ComplaintDomain
#if canImport(Glibc)
import Glibc
#endif

/// The guidance cache gives back exactly the catalogue the YAML gives, and only while nothing it
/// was made from has changed: a changed, added or removed file, another build or a damaged cache
/// and the guidance is read and checked again, with the same errors.
@Suite("Guidance cache")
struct GuidanceCacheTests {
    /// A copy of the shipped guidance and a cache folder beside it.
    struct Setup {
        let copy: GuidanceCopy
        var cacheFolder: URL { copy.folder.url.appendingPathComponent("cache") }
        var cacheFile: URL { cacheFolder.appendingPathComponent(GuidanceCache.name(for: copy.url)) }

        init() throws { copy = try GuidanceCopy() }

        func load(program: String = "test build 1") throws -> GuidanceCatalogue {
            try GuidanceCache.load(from: copy.url, folder: cacheFolder, program: program)
        }

        /// The catalogue the cache holds for this build, if it is good for the files as they are.
        func cached(program: String = "test build 1") -> GuidanceCatalogue? {
            GuidanceCache.cached(cacheFile, GuidanceCache.Key(program: program, directory: copy.url.path, zones: ZoneInfo.directory(), inputs: []))
        }
    }

    @Test func theCachedCatalogueIsTheOneTheYAMLGives() throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        let fromYAML = try GuidanceLoader.load(from: setup.copy.url)
        #expect(setup.cached() == nil)
        #expect(try setup.load() == fromYAML)
        let cached = try #require(setup.cached())
        #expect(cached == fromYAML)
        #expect(try setup.load() == fromYAML)
        // Equality of zones is by name: the rules themselves must match too.
        for seconds in stride(from: 0.0, to: 2_000_000_000, by: 86_400 * 97) {
            let moment = Date(timeIntervalSince1970: seconds)
            #expect(cached.organization.calendar.zone.offset(at: moment) == fromYAML.organization.calendar.zone.offset(at: moment))
        }
        // The lexicons are made again from what was kept, and hear the same.
        let line = "樓上好大煤氣味，我要見經理，隻狗成晚吠"
        #expect(cached.urgency.suggest(from: line) == fromYAML.urgency.suggest(from: line))
        #expect(cached.signals.signals(in: line) == fromYAML.signals.signals(in: line))
        #expect(cached.houseRules.mentioned(in: line) == fromYAML.houseRules.mentioned(in: line))
    }

    @Test func aChangedFileIsReadAndCheckedAgain() throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        _ = try setup.load()
        #expect(setup.cached() != nil)
        // Broken: the same file:line:column error as without a cache, and no cache of it.
        try setup.copy.insert(in: "guidelines.yaml", line: 1, "broken: [not closed")
        let expected = try #require(setup.copy.loadError())
        #expect(throws: expected) { try setup.load() }
        #expect(setup.cached() == nil)
        // Mended with a change: that change, and a cache of it.
        try FileManager.default.removeItem(at: setup.copy.file("guidelines.yaml"))
        try FileManager.default.copyItem(at: shippedGuidance.appendingPathComponent("guidelines.yaml"), to: setup.copy.file("guidelines.yaml"))
        let lines = try setup.copy.lines("organization.yaml")
        let nameLine = try #require(lines.firstIndex { $0.contains("Harbourside Residences Management Office") })
        try setup.copy.replace(in: "organization.yaml", line: nameLine + 1, "Harbourside Residences", with: "Harbour View")
        #expect(try setup.load().organization.name.en.contains("Harbour View"))
        #expect(setup.cached()?.organization.name.en.contains("Harbour View") == true)
    }

    @Test func aFileTakenAwayOrAddedIsSeen() throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        #expect(try !setup.load().houseRules.all.isEmpty)
        let rules = try Data(contentsOf: setup.copy.file("rules.yaml"))
        try FileManager.default.removeItem(at: setup.copy.file("rules.yaml"))
        #expect(setup.cached() == nil)
        #expect(try setup.load().houseRules.all.isEmpty)
        try rules.write(to: setup.copy.file("rules.yaml"))
        #expect(setup.cached() == nil)
        #expect(try !setup.load().houseRules.all.isEmpty)
    }

    @Test func anotherBuildsCacheIsNotRead() throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        _ = try setup.load(program: "test build 1")
        #expect(setup.cached(program: "test build 2") == nil)
        #expect(try setup.load(program: "test build 2") == GuidanceLoader.load(from: setup.copy.url))
        #expect(setup.cached(program: "test build 2") != nil)
    }

    @Test(arguments: ["flipped", "cut short", "emptied", "another file"])
    func aDamagedCacheIsNotReadAndIsMadeAgain(damage: String) throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        let fromYAML = try setup.load()
        var bytes = [UInt8](try Data(contentsOf: setup.cacheFile))
        switch damage {
        case "flipped": bytes[bytes.count / 2] ^= 0x20
        case "cut short": bytes.removeLast(bytes.count / 3)
        case "emptied": bytes = []
        default: bytes = [UInt8](try Data(contentsOf: setup.copy.file("urgency.yaml")))
        }
        try Data(bytes).write(to: setup.cacheFile)
        #expect(setup.cached() == nil)
        #expect(try setup.load() == fromYAML)
        #expect(setup.cached() == fromYAML)
    }

    @Test func theCacheIsPrivateAndWrittenWhole() throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        _ = try setup.load()
        var info = stat()
        #expect(stat(setup.cacheFile.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.cacheFolder.path) == [setup.cacheFile.lastPathComponent])
    }

    @Test func withoutAFolderOrABuildNoCacheIsMade() throws {
        let setup = try Setup()
        defer { setup.copy.remove() }
        let fromYAML = try GuidanceLoader.load(from: setup.copy.url)
        #expect(try GuidanceCache.load(from: setup.copy.url, folder: nil, program: "test build 1") == fromYAML)
        #expect(try setup.load(program: "") == fromYAML)
        #expect(!FileManager.default.fileExists(atPath: setup.cacheFolder.path))
    }

    @Test func theFolderIsTheUsersCache() {
        #expect(GuidanceCache.folder(environment: ["XDG_CACHE_HOME": "/srv/cache", "HOME": "/home/chan"])?.path == "/srv/cache/coach")
        #expect(GuidanceCache.folder(environment: ["HOME": "/home/chan"])?.path == "/home/chan/.cache/coach")
        #expect(GuidanceCache.folder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/chan"])?.path == "/home/chan/.cache/coach")
        #expect(GuidanceCache.folder(environment: [:]) == nil)
        #expect(!GuidanceCache.programStamp().isEmpty)
    }
}
