import ComplaintDomain

/// A question about the caller herself (her name, flat, phone, block, whether she owns it),
/// which she answers from her persona: a caller knows her own details, whatever the scenario's
/// facts list.
public enum PersonaQuestion: String, CaseIterable, Sendable {
    case name, unit, contact, building, standing

    /// Words that ask for it, in the three scripts and English; matched on the folded line.
    var words: [String] {
        switch self {
        case .name: ["貴姓", "點稱呼", "點樣稱呼", "怎麼稱呼", "怎么称呼", "稱呼", "称呼", "姓咩", "姓乜", "叫咩名", "叫乜名", "全名",
                     "姓名", "名字", "your name", "may i have your name", "who am i speaking"]
        case .unit: ["幾樓", "几楼", "邊個單位", "边个单位", "哪個單位", "哪个单位", "單位", "单位", "門牌", "门牌", "幾號室", "住邊",
                     "住哪", "which flat", "flat number", "your flat", "your unit", "which unit", "which floor", "your address"]
        case .contact: ["電話", "电话", "聯絡", "联络", "联系", "聯繫", "號碼", "号码", "phone", "number to reach", "contact number",
                        "reach you", "call you back"]
        case .building: ["邊座", "边座", "哪座", "哪一座", "大廈", "大厦", "座數", "which block", "which building", "what block",
                         "which tower"]
        case .standing: ["業主", "业主", "租客", "住客", "租戶", "租户", "owner", "tenant", "renting"]
        }
    }

    /// The details a line asks about, in this order.
    public static func asked(in folded: String) -> [PersonaQuestion] {
        allCases.filter { question in question.words.contains { TermMatch.contains(folded, term: $0) } }
    }

    /// How she gives it, in her own language.
    public func answer(_ persona: Scenario.Persona, language: Language) -> String {
        let owner = persona.standing == .owner
        switch self {
        case .name: return language.pick("我係\(persona.name)。", "我是\(persona.name)。", "It's \(persona.name).")
        case .unit: return language.pick("我住\(persona.building)\(persona.unit)。", "我住\(persona.building)\(persona.unit)。",
                                         "\(persona.unit), \(persona.building).")
        case .contact: return language.pick("我電話係 \(persona.contact)。", "我电话是 \(persona.contact)。",
                                            "My number is \(persona.contact).")
        case .building: return language.pick("\(persona.building)。", "\(persona.building)。", "\(persona.building).")
        case .standing: return language.pick(owner ? "我係業主。" : "我係租客。", owner ? "我是业主。" : "我是租客。",
                                             owner ? "I own the flat." : "I'm renting.")
        }
    }
}
