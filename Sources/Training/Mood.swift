import ComplaintDomain

/// How a (simulated) caller feels, from calm to furious; training moves it one step at a time.
public enum Mood: String, CaseIterable, Codable, Sendable, Comparable {
    case calm, upset, angry, furious

    public var level: Int { Mood.allCases.firstIndex(of: self)! }

    public static func < (a: Mood, b: Mood) -> Bool { a.level < b.level }

    /// One step calmer (negative) or angrier (positive), kept within calm…furious.
    public func moved(_ steps: Int) -> Mood {
        Mood.allCases[max(0, min(Mood.allCases.count - 1, level + steps))]
    }

    public func name(in language: Language) -> String {
        switch self {
        case .calm: language.pick("平靜", "平静", "calm")
        case .upset: language.pick("不滿", "不满", "upset")
        case .angry: language.pick("憤怒", "愤怒", "angry")
        case .furious: language.pick("暴怒", "暴怒", "furious")
        }
    }
}
