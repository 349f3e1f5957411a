import CoachEngine
import ComplaintDomain
import Foundation

/// What `coach scenario from-case` says to the trainer, in the reader's language: the comments at
/// the top of the draft (what was replaced, what to check, what to add) and why a case cannot
/// become a drill. The draft names no case: its number would identify the call.
public struct DrillText: Sendable {
    public let organization: Organization
    public let language: Language

    public init(organization: Organization, language: Language) {
        self.organization = organization
        self.language = language
    }

    private func t(_ hant: String, _ hans: String, _ en: String) -> String { language.pick(hant, hans, en) }

    public func header(_ draft: CaseDrill.Draft) -> [String] {
        let routing = draft.routing
        let handler = organization.title(of: routing.handler, in: language)
        let due = routing.deadline.map { organization.calendar.describe($0.due, in: language) } ?? t("無（建議）", "无（建议）", "none (a suggestion)")
        var lines = [
            t("由一宗已接訴的真實個案草擬的訓練情境；請逐行核對後才使用。", "由一宗已接诉的真实个案草拟的训练情境；请逐行核对后才使用。",
              "A training scenario drafted from a real case that was received; check every line before use."),
            t("姓名、電話、單位、大廈、電郵及其他號碼已換成替代資料，同一資料在全檔用同一替代。",
              "姓名、电话、单位、大厦、电邮及其他号码已换成替代资料，同一资料在全档用同一替代。",
              "Names, phone numbers, units, buildings, e-mail addresses and other numbers are stand-ins; each is the same stand-in throughout."),
            t("received_at 不是個案的日子，但時間及處理方式相同：\(handler)負責，限期 \(due)。",
              "received_at 不是个案的日子，但时间及处理方式相同：\(handler)负责，限期 \(due)。",
              "received_at is not the case's day, but its time and routing are: the \(handler) handles it, due \(due)."),
            t("opening 是接訴人記下的來電者說話，請改寫成來電者會講的說話；facts 來自記錄。",
              "opening 是接诉人记下的来电者说话，请改写成来电者会讲的说话；facts 来自记录。",
              "opening is what the receptionist noted of the caller's words: rewrite it as she would say it; facts come from the record."),
        ]
        if !draft.signals.isEmpty {
            lines.append(t("來電時聽到：", "来电时听到：", "Heard during the call: ") + draft.signals.joined(separator: ", ")
                         + t("——可加 moments（見 README）。", "——可加 moments（见 README）。", " — consider moments (see README)."))
        }
        lines.append(t("放入 guidance/scenarios/ 前，請加上 model、poor、enter、spam 四個 plays（見 README）。",
                       "放入 guidance/scenarios/ 前，请加上 model、poor、enter、spam 四个 plays（见 README）。",
                       "Before it goes into guidance/scenarios/, add the four plays: model, poor, enter, spam (see README)."))
        return lines
    }

    public func refusal(_ refusal: CaseDrill.Refusal, _ number: CaseNumber) -> String {
        switch refusal {
        case .draft:
            t("個案 \(number) 仍在接訴中，未能改編為訓練情境：先完成接訴（coach resume \(number)）。",
              "个案 \(number) 仍在接诉中，未能改编为训练情境：先完成接诉（coach resume \(number)）。",
              "Case \(number) is still being taken: finish the intake first (coach resume \(number)); a draft cannot become a drill.")
        case .voided:
            t("個案 \(number) 已作廢，不會改編為訓練情境。", "个案 \(number) 已作废，不会改编为训练情境。",
              "Case \(number) was voided: it does not become a drill.")
        case .training:
            t("個案 \(number) 本身是訓練，不能再改編。", "个案 \(number) 本身是训练，不能再改编。",
              "Case \(number) is a training call already: it cannot become a drill.")
        }
    }
}
