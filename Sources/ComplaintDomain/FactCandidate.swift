/// A fact one reader found: its value, where in the line, and how specific it is, so that when
/// a line holds two (3樓 … 12樓C室) the more specific one is proposed, and the earlier on a tie.
struct FactCandidate {
    var field: FactField
    var value: String
    var range: Range<Int>
    var rank: Int
}
