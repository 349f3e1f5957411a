/// Regulation 2: a complaint is ordinary, or special or urgent.
public enum Nature: String, CaseIterable, Codable, Sendable {
    case ordinary
    case urgent

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.ordinary, .zhHant), (.ordinary, .zhHans): "普通"
        case (.ordinary, .en): "ordinary"
        case (.urgent, .zhHant): "特殊或緊急"
        case (.urgent, .zhHans): "特殊或紧急"
        case (.urgent, .en): "special or urgent"
        }
    }
}
