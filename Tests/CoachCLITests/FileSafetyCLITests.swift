import Foundation
import Testing

/// A database is never bricked, through the real binary: `kill -9` during the very first run
/// never leaves a file Coach refuses; the commands that only read never create a database and
/// work on a read-only file; exports never overwrite without --force, never go over the
/// database, and are private; a database others could read is made private.
@Suite struct FileSafetyCLITests {
    final class Office {
        let folder: URL
        var db: String { folder.appendingPathComponent("coach.sqlite").path }

        /// The guidance cache's folder, outside `folder`, whose every file is checked.
        let cache: URL

        init() throws {
            folder = try CoachProcess.temporaryFolder()
            cache = try CoachProcess.temporaryFolder()
        }

        deinit {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: cache)
        }

        var environment: [String: String] {
            ["HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
             "XDG_DATA_HOME": folder.appendingPathComponent("data").path, "XDG_CACHE_HOME": cache.path]
        }

        func coach(_ arguments: [String], db: String? = nil, staff: String = "chan.mw", stdin: String = "") throws -> CoachProcess.Result {
            try CoachProcess.run(arguments + ["--guidance", CoachProcess.guidance.path, "--db", db ?? self.db, "--lang", "en", "--staff", staff],
                                 stdin: stdin, environment: environment)
        }

        /// A whole intake piped in; the case number it was given.
        func intake() throws -> String {
            let result = try coach([], stdin: CaseLifeCLITests.intakeScript(name: "陳大文", building: "A座"))
            #expect(result.status == 0, "intake: \(result.stderr)")
            let saved = result.stdout.components(separatedBy: "\n").last { $0.hasPrefix("Saved: case ") } ?? ""
            return try #require(saved.firstMatch(of: /\d{6}-\d{3}/).map { String($0.output) }, "no “Saved: case N”:\n\(result.stdout)")
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        func names() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        }
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    /// The commands that only read, on a case that exists.
    static func readers(_ number: String) -> [[String]] {
        [["cases"], ["cases", "--all"], ["case", number], ["review", number], ["review", number, "--format", "md"],
         ["report"], ["report", "--format", "csv"], ["progress"]]
    }

    // MARK: reading only

    @Test func aMistypedPathIsAnErrorForEveryCommandThatOnlyReads() throws {
        let office = try Office()
        let mistyped = office.path("data/coach.sqlte")
        for arguments in Self.readers("261129-001") {
            let result = try office.coach(arguments, db: mistyped)
            #expect(result.status == 1, "\(arguments): \(result.stdout)")
            #expect(result.stderr == "coach: no database at \(mistyped); check the path (--db or COACH_DB) — nothing was created\n",
                    "\(arguments)")
        }
        #expect(try office.names().isEmpty, "no database and no folder were created")
        // COACH_DB names it the same way.
        let viaEnvironment = try CoachProcess.run(["cases", "--guidance", CoachProcess.guidance.path],
                                                  environment: office.environment.merging(["COACH_DB": mistyped]) { $1 })
        #expect(viaEnvironment.stderr.hasPrefix("coach: no database at \(mistyped)"))
        #expect(try office.names().isEmpty)
    }

    @Test func theCommandsThatOnlyReadWorkOnAReadOnlyFileAndChangeNothing() throws {
        let office = try Office()
        let number = try office.intake()
        // Read-only to everyone. (Root could still write it: what is tested is that Coach opens it read-only.)
        #expect(chmod(office.db, 0o444) == 0)
        // The -shm is SQLite's shared memory, where every reader leaves its marks: not the database.
        let files = [office.db, office.db + "-wal"]
        let before = files.map(Self.bytes)
        for arguments in Self.readers(number) {
            let result = try office.coach(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
        #expect(try office.coach(["case", number]).stdout.contains(number))
        #expect(try office.coach(["cases"]).stdout.contains(number))
        #expect(try office.coach(["review", number, "--format", "md"]).stdout.contains("# Review of case \(number)"))
        #expect(files.map(Self.bytes) == before, "not a byte of the database changed")
        #expect(try Self.mode(office.db) == 0o444, "and not its mode")
        // An export from a read-only database is written, beside it.
        let export = office.path("review.md")
        let written = try office.coach(["review", number, "--format", "md", "-o", export])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(files.map(Self.bytes) == before)
    }

    // MARK: exports

    @Test func anExportDoesNotOverwriteAFileWithoutForce() throws {
        let office = try Office()
        let number = try office.intake()
        for (index, command) in [["review", number, "--format", "md"], ["report", "--format", "csv"]].enumerated() {
            let file = office.path("export-\(index)")
            try Data("the manager's own notes\n".utf8).write(to: URL(fileURLWithPath: file))
            #expect(chmod(file, 0o644) == 0)
            let refused = try office.coach(command + ["-o", file])
            #expect(refused.status == 1)
            #expect(refused.stderr == "coach: \(file) already exists: add --force to replace it, or choose another file\n")
            #expect(Self.bytes(file) == Data("the manager's own notes\n".utf8))

            // A review says the time left, which can turn over a minute between two runs: the
            // file must be what one of the runs around it printed.
            let before = Data(try office.coach(command).stdout.utf8)
            let forced = try office.coach(command + ["-o", file, "--force"])
            #expect(forced.status == 0, "\(forced.stderr)")
            #expect(forced.stdout.contains("Written to \(file)"))
            let after = Data(try office.coach(command).stdout.utf8)
            #expect(Self.bytes(file) == before || Self.bytes(file) == after)
            #expect(try Self.mode(file) == 0o600, "replaced by a private file")
        }
        // Nothing half-written is left beside them.
        let left = try office.names()
        #expect(left.filter { $0.hasPrefix(".") }.isEmpty, "\(left)")
    }

    @Test func anExportIsCreatedPrivate() throws {
        let office = try Office()
        let number = try office.intake()
        for (name, command) in [("review.html", ["review", number, "--format", "html"]), ("report.json", ["report", "--format", "json"]),
                                ("review.txt", ["review", number])] {
            let file = office.path(name)
            let result = try office.coach(command + ["-o", file])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.mode(file) == 0o600, "\(name) holds names and phone numbers")
            #expect((Self.bytes(file)?.count ?? 0) > 0)
        }
        let left = try office.names()
        #expect(left.filter { $0.hasPrefix(".") }.isEmpty, "\(left)")
    }

    @Test func anExportIsNeverWrittenOverTheDatabaseNotEvenWithForce() throws {
        let office = try Office()
        let number = try office.intake()
        let sub = office.path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
        #expect(symlink(office.db, office.path("link.sqlite")) == 0)
        #expect(link(office.db, office.path("hard.sqlite")) == 0)
        let targets = [office.db, office.db + "-wal", office.db + "-shm", office.db + "-journal",
                       sub + "/../coach.sqlite", office.folder.path + "//./coach.sqlite-wal",
                       office.path("link.sqlite"), office.path("hard.sqlite")]
        // The -shm is SQLite's shared memory, where every reader leaves its marks: not the database.
        let files = [office.db, office.db + "-wal"]
        let before = files.map(Self.bytes)
        for target in targets {
            for command in [["review", number, "--format", "html"], ["report", "--format", "csv"]] {
                for force in [[], ["--force"]] {
                    let result = try office.coach(command + ["-o", target] + force)
                    #expect(result.status == 1, "\(command) -o \(target) \(force)")
                    #expect(result.stderr.contains("is the database or a file beside it"), "\(target): \(result.stderr)")
                    #expect(result.stderr.contains("not even with --force"))
                }
            }
        }
        #expect(files.map(Self.bytes) == before, "the database is as it was")
        #expect(!FileManager.default.fileExists(atPath: office.db + "-journal"))
        #expect(try office.coach(["case", number]).status == 0)
    }

    @Test func aCommentWithAnExportThatIsRefusedWritesNothing() throws {
        let office = try Office()
        let number = try office.intake()
        let file = office.path("taken.md")
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: file))
        let refused = try office.coach(["review", number, "--comment", "語氣好", "--format", "md", "-o", file], staff: "cheung.wl")
        #expect(refused.status == 1)
        #expect(!(try office.coach(["review", number, "--format", "md"]).stdout.contains("語氣好")), "refused before the comment was added")
    }

    // MARK: permissions

    @Test func aDatabaseOthersCanReadIsMadePrivateAndSaidSoOnce() throws {
        let office = try Office()
        let number = try office.intake()
        for file in [office.db, office.db + "-wal", office.db + "-shm"] { chmod(file, 0o644) }
        // Reading neither changes nor warns.
        let read = try office.coach(["case", number])
        #expect(read.status == 0 && read.stderr.isEmpty, "\(read.stderr)")
        #expect(try Self.mode(office.db) == 0o644)

        let desk = try office.coach(["desk"], stdin: "")
        #expect(desk.status == 0, "\(desk.stderr)")
        #expect(desk.stderr.contains("coach: \(office.db) could be read by others (mode 0644); it is now 0600, for its owner only"),
                "\(desk.stderr)")
        for file in [office.db, office.db + "-wal", office.db + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try Self.mode(file) == 0o600, "\(file)")
        }
        let again = try office.coach(["desk"], stdin: "")
        #expect(!again.stderr.contains("could be read by others"), "said once: \(again.stderr)")
    }

    // MARK: creation

    /// The attack that found it: `kill -9` at any moment of the very first run. Whatever is left,
    /// the next run either finds no database or a whole one, never a file it refuses.
    @Test(.timeLimit(.minutes(2)))
    func killedDuringTheFirstRunNeverLeavesAFileCoachRefuses() throws {
        let office = try Office()
        let started = Date()
        _ = try office.coach(["desk"], db: office.path("timing/coach.sqlite"))
        let firstRun = Date().timeIntervalSince(started)
        var killed = 0
        for attempt in 0..<30 {
            let db = office.path("attempt-\(attempt)/coach.sqlite")
            let process = Process()
            process.executableURL = CoachProcess.binary
            process.arguments = ["desk", "--guidance", CoachProcess.guidance.path, "--db", db, "--lang", "en"]
            process.environment = office.environment.merging(["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]) { $1 }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0...firstRun))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()

            let read = try office.coach(["cases"], db: db)
            #expect(read.status == 0 || read.stderr.hasPrefix("coach: no database at"), "attempt \(attempt): \(read.stderr)")
            let next = try office.coach(["desk"], db: db)
            #expect(next.status == 0, "attempt \(attempt): \(next.stderr)")
            #expect(try office.coach(["cases"], db: db).status == 0)
            #expect(try Self.mode(db) == 0o600)
        }
        #expect(killed > 0, "some runs were killed (the first run took \(firstRun) s)")
    }
}
