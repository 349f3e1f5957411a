import ArgumentParser
import CoachStore
import ComplaintDomain
import Foundation
import Guidance
import Training

/// Options every command understands: where guidance and the database are, who is at the
/// desk, and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(GuidanceLocation.helpText, valueName: "dir"))
    var guidance: String?

    @Option(name: .long, help: ArgumentHelp("Database: a SQLite file, or a PostgreSQL URL (postgres://user@host:5432/coach). "
                                            + "Default: $COACH_DB, else $XDG_DATA_HOME/coach/coach.sqlite.", valueName: "file|url"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Who is at the desk (a staff id from the roster). Default: $COACH_STAFF, else the login name.", valueName: "id"))
    var staff: String?

    @Option(name: .long, help: ArgumentHelp("Language: zh-Hant, zh-Hans or en. Default: from the locale (LC_ALL, LC_MESSAGES, LANG).", valueName: "lang"))
    var lang: Language?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// None was given: at the desk they are given once, to `coach desk`.
    var noneGiven: Bool { guidance == nil && db == nil && staff == nil && lang == nil }

    var language: Language { lang ?? Language(environment: environment) }

    var staffID: String {
        if let staff, !staff.isEmpty { return staff }
        if let id = environment["COACH_STAFF"], !id.isEmpty { return id }
        return LoginName.current(environment: environment)
    }

    /// Loads the guidance catalogue or stops with its file:line:column message.
    func loadGuidance() throws -> (GuidanceCatalogue, GuidanceLocation) {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        guard let location = GuidanceLocation.resolve(option: guidance, environment: environment, executable: executable)
        else {
            throw Failure("no guidance folder found; give one with --guidance DIR or COACH_GUIDANCE")
        }
        do {
            let catalogue = try GuidanceCache.load(from: location.directory, folder: GuidanceCache.folder(environment: environment),
                                                   program: GuidanceCache.programStamp())
            return (catalogue, location)
        } catch {
            throw Failure("guidance error: \(error)")
        }
    }

    /// The scenarios and phrase lexicons, for the commands that train or score.
    func loadTraining(_ catalogue: GuidanceCatalogue) throws -> TrainingMaterial {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        guard let location = GuidanceLocation.resolve(option: guidance, environment: environment, executable: executable) else {
            throw Failure("no guidance folder found; give one with --guidance DIR or COACH_GUIDANCE")
        }
        do {
            return try GuidanceLoader.loadTraining(from: location.directory, organization: catalogue.organization)
        } catch {
            throw Failure("guidance error: \(error)")
        }
    }

    /// The database the options name: a SQLite file's path or a PostgreSQL URL.
    var databasePath: String {
        db ?? environment["COACH_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? CoachStore.defaultPath(environment: environment)
    }

    /// Opens the database: PostgreSQL for a `postgres://` URL, else the SQLite file. For writing
    /// (the default) a file is created whole if missing and made private if others could read
    /// it, which is said once on standard error. `readOnly` is for commands that only read: the
    /// file is opened read-only and never created, so a mistyped path is an error and a
    /// read-only file works.
    func openStore(readOnly: Bool = false) throws -> any CaseStore {
        let path = databasePath
        do {
            // The office's key, when it keeps one outside the database: the transcript is sealed with it.
            let seal = try environment["COACH_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }.map { path throws(StoreError) in
                try ChainSeal(keyFile: path)
            }
            // COACH_BUSY_TIMEOUT (seconds): how long a write waits for another program's lock (or
            // another desk's row, or a server to answer).
            let wait = environment["COACH_BUSY_TIMEOUT"].flatMap(TimeInterval.init).map { max(0, min($0, 60)) } ?? CoachStore.busyTimeout
            if PostgresEngines.names(path) {
                return try PostgresEngines.required(language).open(url: path, seal: seal, readOnly: readOnly, busyTimeout: max(0.1, wait),
                                                                   environment: environment)
            }
            if readOnly { return try CoachStore(readingAt: path, seal: seal) }
            let store = try CoachStore(path: path, seal: seal, busyTimeout: wait)
            for change in store.permissionsTightened {
                FileHandle.standardError.write(Data("coach: \(change)\n".utf8))
            }
            return store
        } catch {
            throw Failure("\(error)")
        }
    }
}
