import ComplaintDomain
import TextSafety

/// Rows of cells aligned by display width, so Chinese and English columns line up.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    func render(indent: String = "") -> [String] {
        DisplayWidth.columns([header] + rows).map { indent + $0 }
    }
}
