import ComplaintDomain
import Foundation

/// Yes and no as staff type them in any of the three languages (Cantonese 係/冇 included).
enum YesNo {
    static let yes: Set<String> = ["y", "yes", "ok", "是", "係", "对", "對", "好", "有", "已", "已說", "已说"]
    static let no: Set<String> = ["n", "no", "否", "不", "沒有", "没有", "冇", "未", "唔係", "不是"]

    /// Nil when the text is neither.
    static func parse(_ text: String) -> Bool? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }

    /// Yes and no as choices, for Tab and for listing.
    static let choices = [Choice(key: "y", name: LocalizedText(zhHant: "是", zhHans: "是", en: "yes")),
                          Choice(key: "n", name: LocalizedText(zhHant: "否", zhHans: "否", en: "no"))]
}
