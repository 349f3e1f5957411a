import CaseEvents
import CoachEngine
import CoachText
import ComplaintDomain
import Foundation
import Testing
import Training

// A drill drafted from a received case: the caller's words as the opening, the record's facts,
// the case's classification, and no personal datum of the case left — each replaced by the same
// stand-in wherever it stands. Shipped organisation (buildings A座, B座, C座, 商場, 停車場).

private let office = IntakeDriver.catalogue.organization
private let drill = CaseDrill(organization: office)

private func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)!
}

/// A third leak complaint, taken on Wednesday 2026-11-25 at 10:30 (working hours), full of
/// personal data: the caller's name said three ways, her phone, her unit and the one upstairs,
/// the upstairs owner's name and phone, an earlier case's number, an e-mail, a car plate.
private func leak(stage: Stage = .received, training: Bool = false) -> CaseFile {
    let record = ComplaintRecord(
        caseNumber: CaseNumber("261125-004")!, receivedAt: at("2026-11-25T10:30:00+08:00"), receivedBy: "chan.mw", channel: .phone,
        kind: .complaint, nature: .ordinary, category: "water", building: "A座", unit: "12樓B室",
        person: Person(name: "陳大文", standing: .owner, contact: "9123 4567"),
        account: """
            喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！
            廚房天花又漏水，係樓上13樓B室漏落嚟，第三次投訴
            陳生話上次打9123-4567都冇人覆，大文電郵 tai.man.chan@example.hk 都寄咗
            """,
        location: "廚房天花近抽氣扇", since: "上個禮拜五夜晚", realCause: "十一月九號報過（個案261109-003），冇人覆",
        wants: "今日派人上嚟，搵13樓B室業主整好條喉", coordinateWith: ["13樓B室業主黃先生 6234 5678", "車位 AB1234 嘅租客"],
        stage: stage, isTraining: training)
    let routing = office.router.route(RoutingInput(channel: .phone, nature: .ordinary, receivedAt: record.receivedAt))
    return CaseFile(record: record, life: CaseLife(routing: routing, flagged: false))
}

private func make(_ file: CaseFile, events: [TranscriptEvent] = []) throws -> CaseDrill.Draft {
    try drill.draft(file, events: events, id: "leak-again", wording: DrillWords.wording).get()
}

/// Every text of the scenario, as the file would hold it.
private func texts(_ scenario: Scenario) -> [String] {
    [scenario.title, scenario.summary, scenario.persona.name, scenario.persona.unit, scenario.persona.building,
     scenario.persona.contact, scenario.persona.manner ?? ""] + scenario.opening
        + scenario.facts.flatMap { [$0.answer] + $0.inRecord } + scenario.expect.cause + scenario.expect.coordinateWith
}

@Suite struct CaseDrillTests {
    @Test func noPersonalDatumOfTheCaseRemains() throws {
        let all = texts(try make(leak()).scenario).joined(separator: "\n")
        let digits = all.filter(\.isASCIIDigit)
        for datum in ["陳大文", "大文", "陳生", "陳", "黃先生", "黃", "12樓", "13樓", "B室", "A座", "tai.man.chan", "example.hk", "AB1234"] {
            #expect(!all.contains(datum), "\(datum) is still in the draft:\n\(all)")
        }
        for number in ["91234567", "62345678", "261109003", "261125004", "1234"] {
            #expect(!digits.contains(number), "\(number) is still in the draft's digits:\n\(all)")
        }
    }

    @Test func theSameDatumIsTheSameStandInEverywhere() throws {
        let scenario = try make(leak()).scenario
        let persona = scenario.persona
        // Her unit, building and name in her first words are the persona's.
        #expect(scenario.opening[0].contains(persona.building + persona.unit + persona.name), "\(scenario.opening[0]) / \(persona)")
        // The flat upstairs: one stand-in in the opening, what she wants and who to bring in, still a floor above hers.
        let upstairs = try #require(scenario.opening[1].firstMatch(of: /\d+樓[A-Z]室/).map { String($0.output) })
        #expect(upstairs != persona.unit)
        #expect(Int(upstairs.prefix { $0.isNumber })! == Int(persona.unit.prefix { $0.isNumber })! + 1, "\(upstairs) above \(persona.unit)")
        #expect(upstairs.last(where: \.isLetter) == persona.unit.last(where: \.isLetter))
        #expect(scenario.facts.first { $0.field == .wants }?.answer.contains(upstairs) == true)
        #expect(scenario.facts.first { $0.field == .coordinateWith }?.answer.contains(upstairs) == true)
        // Her phone, said with a hyphen, is the persona's contact.
        #expect(scenario.opening[2].contains(persona.contact), "\(scenario.opening[2])")
        // 陳生 and 大文 are the persona's surname with the title, and her given name.
        let surname = String(persona.name.prefix(1)), given = String(persona.name.dropFirst())
        #expect(scenario.opening[2].hasPrefix(surname + "生"), "\(scenario.opening[2])")
        #expect(scenario.opening[2].contains(given + "電郵"), "\(scenario.opening[2])")
        #expect(persona.building != "A座" && office.buildings.contains(persona.building))
    }

    @Test func theFactsClassificationAndRoutingAreTheCases() throws {
        let draft = try make(leak())
        let scenario = draft.scenario
        #expect(scenario.language == .zhHant)
        #expect(scenario.opening.count == 3)
        #expect(scenario.facts.map(\.field) == [.since, .location, .wants, .realCause, .coordinateWith])
        #expect(scenario.facts.first { $0.field == .since }?.inRecord == ["上個禮拜五夜晚"])
        #expect(scenario.facts.allSatisfy { !$0.askedBy.isEmpty && !$0.inRecord.isEmpty })
        #expect(scenario.expect == Scenario.Expectation(kind: .complaint, nature: .ordinary, category: "water", coordinate: true,
                                                        cause: scenario.facts[3].inRecord, coordinateWith: scenario.facts[4].inRecord))
        #expect(scenario.persona.standing == .owner)
        // A Wednesday morning some whole weeks earlier: the same handling, the group lead and the supervisor, due that night.
        let moved = scenario.receivedAt.timeIntervalSince(at("2026-11-25T10:30:00+08:00"))
        #expect(moved < 0 && Int(moved) % (7 * 86_400) == 0, "\(scenario.receivedAt)")
        let original = office.router.route(RoutingInput(channel: .phone, nature: .ordinary, receivedAt: at("2026-11-25T10:30:00+08:00")))
        #expect(draft.routing.handler == original.handler && draft.routing.approvalBy == original.approvalBy)
        #expect(draft.routing.deadline.map { $0.due.timeIntervalSince(scenario.receivedAt) }
                == original.deadline.map { $0.due.timeIntervalSince(at("2026-11-25T10:30:00+08:00")) })
    }

    @Test func anAngryCallerStartsAngryAndTheSignalsAreNamed() throws {
        let events = [TranscriptEvent(at: at("2026-11-25T10:31:00+08:00"), staff: "chan.mw", .signal(key: "repeat")),
                      TranscriptEvent(at: at("2026-11-25T10:31:10+08:00"), staff: "chan.mw", .signal(key: "anger")),
                      TranscriptEvent(at: at("2026-11-25T10:31:20+08:00"), staff: "chan.mw", .signal(key: "repeat"))]
        let draft = try make(leak(), events: events)
        #expect(draft.scenario.mood == .angry)
        #expect(draft.signals == ["repeat", "anger"])
        #expect(try make(leak()).scenario.mood == .upset)
    }

    @Test func anEnglishCaseIsAnEnglishDrill() throws {
        var file = leak()
        file.record.account = "This is Peter Chan of Flat B, 12/F, Block A.\nWater drips from 13/F Flat B again; call me on 9123 4567."
        file.record.person.name = "Peter Chan"
        file.record.unit = "Flat B, 12/F"
        file.record.since = "last Friday night"
        file.record.location = nil
        file.record.wants = nil
        file.record.realCause = nil
        file.record.coordinateWith = []
        let scenario = try make(file).scenario
        #expect(scenario.language == .en)
        let all = texts(scenario).joined(separator: "\n")
        for datum in ["Peter", "Chan", "12/F", "13/F", "Block A", "9123", "4567"] {
            #expect(!all.contains(datum), "\(datum) in\n\(all)")
        }
        #expect(scenario.opening[0].contains(scenario.persona.name), "\(scenario.opening[0]) / \(scenario.persona.name)")
        #expect(scenario.facts.map(\.inRecord) == [["last", "friday", "night"]])
        #expect(scenario.title == "Leaks and water (from a real case)")
    }

    @Test func aDraftAVoidedCaseAndATrainingCallAreRefused() {
        #expect(drill.draft(leak(stage: .draft), events: [], id: "x", wording: DrillWords.wording).failure == .draft)
        #expect(drill.draft(leak(stage: .voided), events: [], id: "x", wording: DrillWords.wording).failure == .voided)
        #expect(drill.draft(leak(training: true), events: [], id: "x", wording: DrillWords.wording).failure == .training)
        for stage in [Stage.received, .inHandling, .archived] {
            #expect(drill.draft(leak(stage: stage), events: [], id: "x", wording: DrillWords.wording).failure == nil, "\(stage)")
        }
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
