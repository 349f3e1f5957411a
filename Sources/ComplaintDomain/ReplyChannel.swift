/// How the property group answers once the problem is solved (regulation 8).
public enum ReplyChannel: String, CaseIterable, Codable, Sendable {
    case visit
    case letter
    case phone
    case other

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.visit, .zhHant): "走訪投訴人"
        case (.visit, .zhHans): "走访投诉人"
        case (.visit, .en): "a visit"
        case (.letter, .zhHant): "回函"
        case (.letter, .zhHans): "回函"
        case (.letter, .en): "a letter"
        case (.phone, .zhHant): "致電投訴人"
        case (.phone, .zhHans): "致电投诉人"
        case (.phone, .en): "a phone call"
        case (.other, .zhHant): "按其投訴形式回覆"
        case (.other, .zhHans): "按其投诉形式回复"
        case (.other, .en): "the same form the complaint took"
        }
    }
}
