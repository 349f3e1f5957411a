import ComplaintDomain
import Foundation

/// Reads a guidance folder into a catalogue. Every problem is a `GuidanceError` naming the file,
/// line and column; nothing falls back to a silent default.
public enum GuidanceLoader {
    public static let files = ["guidelines.yaml", "regulation.yaml", "organization.yaml", "urgency.yaml"]

    public static func load(from directory: URL) throws(GuidanceError) -> GuidanceCatalogue {
        func root(_ name: String) throws(GuidanceError) -> YAMLValue {
            let url = directory.appendingPathComponent(name)
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
        return GuidanceCatalogue(
            guidelines: try GuidelinesFile.read(root("guidelines.yaml")),
            articles: try RegulationFile.read(root("regulation.yaml")),
            organization: try OrganizationFile.read(root("organization.yaml")),
            urgency: try UrgencyFile.read(root("urgency.yaml")))
    }
}
