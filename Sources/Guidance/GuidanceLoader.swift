import ComplaintDomain
import Foundation
import Training

/// Reads a guidance folder into a catalogue. Every problem is a `GuidanceError` naming the file,
/// line and column; nothing falls back to a silent default.
public enum GuidanceLoader {
    public static func load(from directory: URL) throws(GuidanceError) -> GuidanceCatalogue {
        func root(_ name: String) throws(GuidanceError) -> YAMLValue {
            try GuidanceLoader.root(directory.appendingPathComponent(name))
        }
        return GuidanceCatalogue(
            guidelines: try GuidelinesFile.read(root("guidelines.yaml")),
            articles: try RegulationFile.read(root("regulation.yaml")),
            organization: try OrganizationFile.read(root("organization.yaml")),
            urgency: try UrgencyFile.read(root("urgency.yaml")))
    }

    /// The scenarios (guidance/scenarios/*.yaml, in name order) and the phrase lexicons
    /// (guidance/phrases/<language>.yaml), checked against the organisation.
    public static func loadTraining(from directory: URL, organization: Organization) throws(GuidanceError) -> TrainingMaterial {
        var terms: [Language: [SpeechAct: [String]]] = [:]
        for language in Language.allCases {
            let url = directory.appendingPathComponent("phrases/\(language.rawValue).yaml")
            terms[language] = try PhrasesFile.read(root(url), expecting: language)
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
        return TrainingMaterial(scenarios: scenarios, speech: SpeechLexicon(terms: terms))
    }

    /// A file's YAML, or why it cannot be read.
    static func root(_ url: URL) throws(GuidanceError) -> YAMLValue {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw GuidanceError(file: url.path, message: exists ? "cannot be read" : "is missing")
        }
        if data.count > 4 << 20 {
            throw GuidanceError(file: url.path, message: "is larger than 4 MiB; is it the right file?")
        }
        return try YAMLValue.parse(data: data, file: url.path)
    }
}
