import CivilTime
import ComplaintDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Training

/// Reads a guidance folder into a catalogue. Every problem is a `GuidanceError` naming the file,
/// line and column; nothing falls back to a silent default. Only signals.yaml and rules.yaml may
/// be left out: an office that has not written them gets no signals and no house rules.
public enum GuidanceLoader {
    public static func load(from directory: URL) throws(GuidanceError) -> GuidanceCatalogue {
        try load(from: directory, inputs: GuidanceInputs())
    }

    /// `load`, every file read through `inputs`, which keeps what was read (the guidance cache).
    static func load(from directory: URL, inputs: GuidanceInputs) throws(GuidanceError) -> GuidanceCatalogue {
        func root(_ name: String) throws(GuidanceError) -> YAMLValue {
            let url = directory.appendingPathComponent(name)
            return try YAMLValue.parse(data: inputs.contents(of: url, limit: maximumFileSize), file: url.path)
        }
        func optionalRoot(_ name: String) throws(GuidanceError) -> YAMLValue? {
            guard inputs.exists(directory.appendingPathComponent(name)) else { return nil }
            return try root(name)
        }
        func zone(_ identifier: String) -> ZoneRules? {
            ZoneInfo.rules(identifier, directory: ZoneInfo.directory()) { url throws(GuidanceError) in
                try inputs.contents(of: url, limit: ZoneInfo.maximumFileSize)
            }
        }
        let guidelines = try GuidelinesFile.read(root("guidelines.yaml"))
        return GuidanceCatalogue(
            guidelines: guidelines.guidelines,
            articles: try RegulationFile.read(root("regulation.yaml")),
            organization: try OrganizationFile.read(root("organization.yaml"), zones: zone),
            urgency: try UrgencyFile.read(root("urgency.yaml")),
            zhHantRegister: guidelines.register,
            signals: try optionalRoot("signals.yaml").map { value throws(GuidanceError) in try SignalsFile.read(value) } ?? SignalLexicon(),
            houseRules: try optionalRoot("rules.yaml").map { value throws(GuidanceError) in try RulesFile.read(value) } ?? HouseRules())
    }

    /// The scenarios (guidance/scenarios/*.yaml, in name order) and the phrase lexicons
    /// (guidance/phrases/<language>.yaml), checked against the organisation.
    public static func loadTraining(from directory: URL, organization: Organization) throws(GuidanceError) -> TrainingMaterial {
        var terms: [Language: [SpeechAct: [String]]] = [:]
        var whenGiftOffered: [Language: [SpeechAct: [String]]] = [:]
        var grammar: [Language: SpeechGrammar] = [:]
        for language in Language.allCases {
            let url = directory.appendingPathComponent("phrases/\(language.rawValue).yaml")
            let phrases = try PhrasesFile.read(root(url), expecting: language)
            (terms[language], whenGiftOffered[language], grammar[language]) = (phrases.terms, phrases.whenGiftOffered, phrases.grammar)
        }
        let folder = directory.appendingPathComponent("scenarios")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        if names.isEmpty {
            throw GuidanceError(file: folder.path, message: "has no scenarios (*.yaml)")
        }
        var scenarios: [Scenario] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            scenarios.append(try ScenarioFile.read(root(url), id: String(name.dropLast(5)), organization: organization))
        }
        return TrainingMaterial(scenarios: scenarios, speech: SpeechLexicon(terms: terms, whenGiftOffered: whenGiftOffered, grammar: grammar))
    }

    /// A play file for `coach train NAME --play FILE`: a YAML list of timed actions.
    public static func loadPlay(from url: URL) throws(GuidanceError) -> Play {
        let root = try root(url)
        return Play(name: url.deletingPathExtension().lastPathComponent, actions: try PlayEntry.actions(root), place: root.place)
    }

    /// The largest guidance file read, in bytes (1 MiB): the shipped files are a few tens of
    /// kilobytes, so anything larger is the wrong file, and is refused before it is read.
    public static let maximumFileSize = 1 << 20

    /// A file's YAML, or why it cannot be read.
    static func root(_ url: URL) throws(GuidanceError) -> YAMLValue {
        let data = try contents(of: url, limit: maximumFileSize)
        return try YAMLValue.parse(data: data, file: url.path)
    }

    /// A file's bytes, at most `limit` of them. It is opened without waiting (a pipe cannot
    /// block it) and its size checked (fstat, following a symbolic link) before anything is
    /// read: a larger file is refused as `file:1:1: too large (N bytes; at most M)`, and anything
    /// but a regular file (a folder, a pipe, a device) as unreadable, since reading it could
    /// block or never end. At most `limit + 1` bytes are then read, in case the file grew.
    static func contents(of url: URL, limit: Int) throws(GuidanceError) -> Data {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR
            throw GuidanceError(file: url.path, message: missing ? "is missing" : "cannot be read")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw GuidanceError(file: url.path, message: "cannot be read: it is not a regular file")
        }
        func tooLarge(_ size: String) -> GuidanceError {
            GuidanceError(file: url.path, line: 1, column: 1, message: "too large (\(size) bytes; at most \(limit))")
        }
        guard Int(info.st_size) <= limit else { throw tooLarge(String(info.st_size)) }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw GuidanceError(file: url.path, message: "cannot be read")
        }
        guard data.count <= limit else { throw tooLarge("more than \(limit)") }
        return data
    }
}
