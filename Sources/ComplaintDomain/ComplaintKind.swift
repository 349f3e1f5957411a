/// Regulation 1: dissatisfaction caused by improper work is a complaint; a suggestion or
/// well-meant criticism of the building's management is recorded, but not as a complaint.
public enum ComplaintKind: String, CaseIterable, Codable, Sendable {
    case complaint
    case suggestion

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.complaint, .zhHant): "投訴"
        case (.complaint, .zhHans): "投诉"
        case (.complaint, .en): "complaint"
        case (.suggestion, .zhHant): "建議"
        case (.suggestion, .zhHans): "建议"
        case (.suggestion, .en): "suggestion"
        }
    }
}
