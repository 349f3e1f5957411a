import ComplaintDomain

/// Rows of cells aligned by display width, so Chinese and English columns line up.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    func render(indent: String = "") -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            indent + row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[column])
            }.joined(separator: "  ")
        }
    }
}
