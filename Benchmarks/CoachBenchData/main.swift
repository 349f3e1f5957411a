import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation

// Makes a realistic Coach database for scripts/bench: N cases over several years in 100
// buildings, each with a transcript, written through the store's own import (hash chain and
// search index included). Usage: CoachBenchData DB CASES [SEED]

let arguments = CommandLine.arguments
guard arguments.count >= 3, let total = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: CoachBenchData DB CASES [SEED]\n".utf8))
    exit(2)
}
var random = Generator(seed: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1)
let store = try CoachStore(path: arguments[1])
let calendar = WorkingCalendar.standard
let router = Router(calendar: calendar)

/// SplitMix64, so the same seed makes the same database.
struct Generator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}

let buildings = (1...100).map { "海濱\($0)座" }
let places = ["廚房", "浴室", "客廳", "睡房", "大堂", "走廊", "停車場", "平台花園", "垃圾房", "升降機大堂", "露台", "天台"]
let problems: [(category: String, words: [String])] = [
    ("water", ["天花漏水", "牆身滲水", "樓上漏水滴落", "水喉爆裂", "去水渠塞", "水壓不足", "熱水爐漏水"]),
    ("lift", ["電梯停咗", "升降機門開唔到", "電梯有怪聲", "升降機經常故障", "電梯按鈕失靈"]),
    ("electrical", ["走廊燈壞咗", "大堂燈閃", "停車場照明不足", "後樓梯冇燈"]),
    ("noise", ["樓上裝修好嘈", "鄰居夜晚大聲", "冷氣機噪音", "狗吠聲不停"]),
    ("neighbours", ["鄰居雜物阻塞走廊", "隔籬屋養狗隨地便溺", "樓上晾衫滴水"]),
    ("cleaning", ["垃圾房好臭", "走廊唔乾淨", "大堂地板濕滑", "有老鼠出沒", "曱甴好多"]),
    ("security", ["陌生人隨意入屋苑", "保安唔喺崗位", "大門密碼鎖壞咗"]),
    ("parking", ["車位俾人霸咗", "停車場閘口壞咗", "訪客車位唔夠"]),
    ("fees", ["管理費重複扣數", "收費單有錯", "逾期附加費唔合理"]),
    ("staff_conduct", ["保安態度差", "職員講嘢無禮貌", "電話冇人聽"]),
    ("facilities", ["會所泳池關閉", "健身室器材壞咗", "平台花園長櫈爛咗"]),
]
let wants = ["盡快派人維修", "希望今日有人跟進", "要求賠償", "想管理處出信警告", "希望加強巡邏", "要求退回多收的費用"]
let english = ["The lift in Block B keeps breaking down", "Water is leaking from the ceiling", "The corridor light is broken",
               "Noise from renovation upstairs", "The rubbish room smells terrible", "My parking space is taken again"]
let staffIDs = ["chan.mw", "wong.ky", "lee.ch", "ho.sy", "yip.mk", "kwok.ls"]
let departments = ["engineering", "cleaning", "security", "landscaping", "accounts", "customer_service"]

// Several years ending last month, spread evenly.
let end = calendar.moment(LocalDate(year: 2026, month: 11, day: 1), ClockTime(hour: 0, minute: 0))
let start = calendar.moment(LocalDate(year: 2023, month: 11, day: 1), ClockTime(hour: 0, minute: 0))
let span = end.timeIntervalSince(start)
var sequence: [LocalDate: Int] = [:]
var batch: [ImportedCase] = []
let began = Date()

for n in 0..<total {
    let receivedAt = start.addingTimeInterval(span * Double(n) / Double(total) + Double(random.int(0..<600)))
    let day = calendar.localDate(of: receivedAt)
    sequence[day, default: 0] += 1
    let problem = random.pick(problems)
    let building = random.pick(buildings)
    let unit = "\(random.int(1..<40))樓\(["A", "B", "C", "D", "E", "F"][random.int(0..<6)])室"
    let isSuggestion = random.chance(0.06)
    let urgent = !isSuggestion && random.chance(0.08)
    let account = random.chance(0.1) ? random.pick(english) : "\(random.pick(places))\(random.pick(problem.words))，已經\(random.int(1..<8))日"
    let channel: Channel = random.chance(0.62) ? .phone : random.chance(0.6) ? .inPerson : random.chance(0.5) ? .letter : .other
    var record = ComplaintRecord(caseNumber: CaseNumber(day: day, sequence: sequence[day]!), receivedAt: receivedAt,
                                 receivedBy: random.pick(staffIDs), channel: channel, kind: isSuggestion ? .suggestion : .complaint,
                                 nature: isSuggestion ? nil : urgent ? .urgent : .ordinary, category: problem.category,
                                 building: building, unit: unit, person: Person(name: "住戶\(n % 9973)", standing: random.chance(0.7) ? .owner : .occupant,
                                                                                contact: "9\(random.int(1_000_000..<9_999_999))"),
                                 account: account, location: random.pick(places), wants: random.pick(wants), stage: .archived)
    let decision = router.route(RoutingInput(channel: channel, kind: record.kind, nature: record.nature ?? .ordinary, receivedAt: receivedAt))
    var life = CaseLife(routing: decision, flagged: false)
    let hours = random.chance(0.88) ? Double(random.int(1..<20)) : Double(random.int(20..<120))
    life.departments = [random.pick(departments)]
    life.handledAt = receivedAt.addingTimeInterval(hours * 3600)
    life.feedback = "已處理"
    life.repliedVia = channel.replyChannel
    life.repliedAt = receivedAt.addingTimeInterval((hours + Double(random.int(1..<30))) * 3600)
    if random.chance(0.7) {
        life.satisfaction = random.chance(0.6) ? 4 + random.int(0..<2) : 1 + random.int(0..<3)
        // The report counts follow-up calls that reached the caller by when they were made.
        life.followedUpAt = life.repliedAt!.addingTimeInterval(86_400)
    }
    if life.repliedAt! > end {
        record.stage = .inHandling
        life.handledAt = nil
        life.repliedAt = nil
        life.satisfaction = nil
        life.followedUpAt = nil
    }
    let staff = record.receivedBy
    let events = [
        TranscriptEvent(at: receivedAt, staff: staff, step: "account", .prompt(question: "account", text: "2/7 記錄 › ")),
        TranscriptEvent(at: receivedAt.addingTimeInterval(20), staff: staff, step: "account", .typed(question: "account", text: account)),
        TranscriptEvent(at: receivedAt.addingTimeInterval(40), staff: staff, step: "wants", .typed(question: "wants", text: record.wants ?? "")),
        TranscriptEvent(at: receivedAt.addingTimeInterval(60), staff: staff, step: "unit", .typed(question: "unit", text: "\(building) \(unit)")),
        TranscriptEvent(at: receivedAt.addingTimeInterval(90), staff: staff, step: "routed", .routed(decision)),
    ]
    batch.append(ImportedCase(record: record, life: life, events: events))
    if batch.count == 5000 || n == total - 1 {
        try store.importCases(batch)
        batch.removeAll(keepingCapacity: true)
        let done = n + 1
        if done % 100_000 == 0 || done == total {
            FileHandle.standardError.write(Data("  \(done) cases, \(Int(Date().timeIntervalSince(began))) s\n".utf8))
        }
    }
}
