/// How a line is written, which decides how a value it proposes is written back: 12C read from
/// a Chinese line is 12樓C室, from a Simplified one 12楼C室, from an English one Flat C, 12/F.
enum FactScript: Equatable {
    case traditional, simplified, english

    /// English without a Chinese character; Simplified when a character only Simplified uses
    /// appears and none only Traditional uses; Traditional otherwise (Hong Kong's default).
    init(_ chars: [Character]) {
        guard chars.contains(where: { $0.isHan }) else { self = .english; return }
        if chars.contains(where: FactHanzi.isTraditionalOnly) { self = .traditional }
        else if chars.contains(where: FactHanzi.isSimplifiedOnly) { self = .simplified }
        else { self = .traditional }
    }

    /// The character for a floor: 樓, or 楼 in Simplified.
    var floor: String { self == .simplified ? "楼" : "樓" }
}
