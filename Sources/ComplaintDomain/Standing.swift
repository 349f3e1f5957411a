/// Whether the person complaining owns the unit or occupies it (a tenant or other user).
public enum Standing: String, CaseIterable, Codable, Sendable {
    case owner
    case occupant

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.owner, .zhHant), (.owner, .zhHans): "業主"
        case (.owner, .en): "owner"
        case (.occupant, .zhHant): "住戶"
        case (.occupant, .zhHans): "住户"
        case (.occupant, .en): "occupant"
        }
    }
}
