/// Which Traditional Chinese staff are offered: spoken Hong Kong Cantonese, as a receptionist
/// says it aloud, or written Chinese, for an office that prefers its staff to speak formally.
/// Simplified Chinese and English have one register: their spoken and written forms are close.
public enum ChineseRegister: String, CaseIterable, Codable, Sendable {
    case spoken, written
}
