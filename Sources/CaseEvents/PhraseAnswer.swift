/// What staff reported about a phrase Coach offered: said as offered, not said, or said in
/// their own words. It is what they reported, not something Coach heard.
public enum PhraseAnswer: Codable, Sendable, Equatable {
    case said
    case notSaid
    case ownWords(String)
}
