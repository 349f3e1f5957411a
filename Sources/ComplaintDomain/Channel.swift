/// How a complaint reached the management office (regulation 2).
public enum Channel: String, CaseIterable, Codable, Sendable {
    case inPerson = "in_person"
    case letter
    case phone
    case other

    /// Regulation 8: the answer goes back the way the complaint came.
    public var replyChannel: ReplyChannel {
        switch self {
        case .inPerson: .visit
        case .letter: .letter
        case .phone: .phone
        case .other: .other
        }
    }

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.inPerson, .zhHant): "來人"
        case (.inPerson, .zhHans): "来人"
        case (.inPerson, .en): "in person"
        case (.letter, .zhHant): "來函"
        case (.letter, .zhHans): "来函"
        case (.letter, .en): "letter"
        case (.phone, .zhHant): "來電"
        case (.phone, .zhHans): "来电"
        case (.phone, .en): "phone"
        case (.other, .zhHant), (.other, .zhHans): "其他"
        case (.other, .en): "other"
        }
    }
}
