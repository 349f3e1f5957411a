/// Days of the week by their short English names, as guidance files write them.
public enum Weekday: String, CaseIterable, Codable, Sendable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Foundation's numbering: Sunday is 1.
    init(gregorian: Int) {
        self = [.sun, .mon, .tue, .wed, .thu, .fri, .sat][(gregorian - 1) % 7]
    }

    var order: Int { Weekday.allCases.firstIndex(of: self)! }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.order < b.order }

    public func name(in language: Language) -> String {
        switch language {
        case .zhHant, .zhHans: ["週一", "週二", "週三", "週四", "週五", "週六", "週日"][order]
                .replacingOccurrences(of: "週", with: language == .zhHans ? "周" : "週")
        case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][order]
        }
    }
}
