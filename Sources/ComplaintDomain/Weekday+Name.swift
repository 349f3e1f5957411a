import CivilTime

extension Weekday {
    public func name(in language: Language) -> String {
        let index = Weekday.allCases.firstIndex(of: self)!
        return switch language {
        case .zhHant, .zhHans: ["週一", "週二", "週三", "週四", "週五", "週六", "週日"][index]
            .replacingOccurrences(of: "週", with: language == .zhHans ? "周" : "週")
        case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
        }
    }
}
