import CaseEvents
import CivilTime
import CoachStore
import ComplaintDomain
import Foundation
import Testing

/// The promises every store keeps, checked the same way on SQLite and on PostgreSQL: numbering,
/// turns and resuming, drafts, two desks changing one case, the chain and `verify` naming what
/// was tampered with, many desks opening cases at once, and desks starting together on a new
/// database.
@Suite("Store contract")
struct StoreContractTests {
    func typed(_ n: Int, _ number: CaseNumber, at second: Int = 0) -> TranscriptEvent {
        TranscriptEvent(at: utc(2026, 11, 25, 2, 1, second + n), staff: "chan.mw", step: "account", .typed(question: "account", text: "第\(n)句"))
    }

    func words(_ store: any CaseStore, _ number: CaseNumber) throws -> [String] {
        try store.transcript(of: number).compactMap { if case .typed(_, let text) = $0.event { text } else { nil } }
    }

    @Test(arguments: Engine.allCases)
    func numbersRunPerDayFromOne(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let store = try database.open()
        let first = try (0..<3).map { try store.openCase(receivedAt: utc(2026, 11, 25, 2, $0), receivedBy: "chan.mw", calendar: hongKong) }
        // 16:30 UTC is half past midnight in Hong Kong: the next day, numbered from 1 again.
        let next = try store.openCase(receivedAt: utc(2026, 11, 25, 16, 30), receivedBy: "chan.mw", calendar: hongKong)
        #expect(first.map(\.caseNumber.description) == ["261125-001", "261125-002", "261125-003"])
        #expect(next.caseNumber.description == "261126-001")
        #expect(try store.caseNumbers().map(\.description) == ["261125-001", "261125-002", "261125-003", "261126-001"])
        #expect(try store.checkDatabase().isEmpty)
    }

    @Test(arguments: Engine.allCases)
    func aCommittedTurnIsThereForTheNextProcessToResume(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let desk = try database.open()
        var record = try desk.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        record.building = "B座"
        try desk.commit(IntakeTurn(caseNumber: record.caseNumber, events: [typed(1, record.caseNumber), typed(2, record.caseNumber)],
                                   record: record, draft: .keep(Data(#"{"step":2}"#.utf8))))

        // Another process: what the first acknowledged is all there.
        let later = try database.open()
        let drafts = try later.drafts()
        #expect(drafts.map(\.record.caseNumber) == [record.caseNumber])
        #expect(drafts.first?.state == Data(#"{"step":2}"#.utf8))
        #expect(drafts.first?.record.building == "B座")
        #expect(try words(later, record.caseNumber) == ["第1句", "第2句"])

        record.stage = .received
        try later.commit(IntakeTurn(caseNumber: record.caseNumber, events: [typed(3, record.caseNumber)], record: record, draft: .clear))
        #expect(try later.drafts().isEmpty)
        #expect(try later.record(record.caseNumber)?.stage == .received)
        #expect(try later.verify(record.caseNumber).isEmpty)
    }

    @Test(arguments: Engine.allCases)
    func aDraftThatNeverGotPastItsOpeningIsStillListed(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let store = try database.open()
        let older = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong)
        let newer = try store.openCase(receivedAt: utc(2026, 11, 25, 3, 0), receivedBy: "chan.mw", calendar: hongKong)
        try store.commit(IntakeTurn(caseNumber: older.caseNumber, events: [typed(1, older.caseNumber, at: 3600 * 2)], record: nil,
                                    draft: .keep(Data("{}".utf8))))
        let drafts = try store.drafts()
        #expect(drafts.map(\.record.caseNumber) == [older.caseNumber, newer.caseNumber], "the most recently touched first")
        #expect(drafts.last?.state == nil)
    }

    /// Desk A's action is decided and still being written when desk B acts on the same case: B
    /// waits, then decides on what A wrote, so neither action is lost.
    @Test(arguments: Engine.allCases)
    func twoDesksChangingOneCaseLoseNothing(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let a = try database.open(), b = try database.open()
        let number = try a.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        let aIsDeciding = DispatchSemaphore(value: 0)
        let seenByB = Collected()
        let errors = together(2) { desk in
            if desk == 0 {
                _ = try a.change(number) { file -> CaseChange<Void> in
                    aIsDeciding.signal()
                    Thread.sleep(forTimeInterval: 0.5)
                    var changed = file
                    changed.record.notes.append("A")
                    return .save(changed, [], ())
                }
            } else {
                aIsDeciding.wait()
                _ = try b.change(number) { file -> CaseChange<Void> in
                    seenByB.add(NotesSeen(notes: file.record.notes))
                    var changed = file
                    changed.record.notes.append("B")
                    return .save(changed, [], ())
                }
            }
        }
        #expect(errors.isEmpty, "\(errors)")
        #expect((seenByB.all.first as? NotesSeen)?.notes == ["A"])
        #expect(try a.record(number)?.notes == ["A", "B"])
    }

    struct NotesSeen: Error {
        var notes: [String]
    }

    @Test(arguments: Engine.allCases)
    func verifyNamesATamperedColumnAndAChangedEvent(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let store = try database.open()
        let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
        try store.append([typed(1, number), typed(2, number)], to: number)
        #expect(try store.check(number).isIntact)

        try database.execute("UPDATE cases SET building = 'Block Z' WHERE case_number = '\(number)'")
        let check = try store.check(number)
        #expect(check.chain.isEmpty)
        #expect(check.disagreements == [CaseDisagreement(field: "building", stored: "Block Z", fromEvents: nil)])

        try database.liftAppendOnlyGuard()
        try database.execute("UPDATE transcript SET text = '第9句' WHERE seq = 2")
        #expect(try store.verify(number).map(\.seq) == [2])
        #expect(try store.checkDatabase().contains { if case .appendOnlyTriggerMissing = $0 { true } else { false } })
    }

    /// The same events written through either engine make the same bytes: the same hashes, the
    /// same chain head and the same digest, so a database copied between them verifies.
    @Test func bothEnginesChainTheSameBytes() throws {
        guard let sqlite = try EngineDatabase(.sqlite), let postgres = try EngineDatabase(.postgres) else { return }
        defer {
            sqlite.remove()
            postgres.remove()
        }
        var digests: [String] = []
        var hashes: [[String?]] = []
        for database in [sqlite, postgres] {
            let store = try database.open()
            let number = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 0), receivedBy: "chan.mw", calendar: hongKong).caseNumber
            try store.append([typed(1, number), typed(2, number)], to: number)
            hashes.append(try database.texts("SELECT hash FROM transcript ORDER BY id") + database.texts("SELECT head_seal FROM cases"))
            digests.append(try store.digest().description)
            #expect(try store.recomputedDigest().description == digests.last)
        }
        #expect(hashes[0].count == 4)
        #expect(hashes[0] == hashes[1])
        #expect(digests[0] == digests[1])
    }

    /// Eight desks opening cases at the same moment get every number of the day once, with no gap.
    @Test(arguments: Engine.allCases)
    func eightDesksAtOnceGetGaplessNumbers(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let desks = try (0..<8).map { _ in try database.open() }
        let numbers = Numbers()
        let errors = together(8) { desk in
            for minute in 0..<10 {
                let record = try desks[desk].openCase(receivedAt: utc(2026, 11, 25, 2, minute), receivedBy: "desk\(desk)", calendar: hongKong)
                try desks[desk].commit(IntakeTurn(caseNumber: record.caseNumber, events: [self.typed(1, record.caseNumber)], record: nil,
                                                  draft: .keep(Data("{}".utf8))))
                numbers.add(record.caseNumber.sequence)
            }
        }
        #expect(errors.isEmpty, "\(errors)")
        #expect(numbers.all.sorted() == Array(1...80))
        let store = desks[0]
        #expect(try store.checkDatabase().isEmpty)
        for number in try store.caseNumbers() { #expect(try store.verify(number).isEmpty) }
    }

    /// Eight desks starting together on a database no Coach has opened: one makes the tables,
    /// the others find them made, and all of them work.
    @Test(arguments: Engine.allCases)
    func desksStartingTogetherMigrateOnce(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let opened = Numbers()
        let errors = together(8) { desk in
            let store = try database.open()
            opened.add(try store.openCase(receivedAt: utc(2026, 11, 25, 2, desk), receivedBy: "desk\(desk)", calendar: hongKong)
                .caseNumber.sequence)
        }
        #expect(errors.isEmpty, "\(errors)")
        #expect(opened.all.sorted() == Array(1...8))
        switch engine {
        case .sqlite: #expect(try database.texts("PRAGMA user_version") == ["9"])
        case .postgres: #expect(try database.texts("SELECT version::text FROM coach_schema") == ["9"])
        }
    }

    /// Cases listed by stage, nature, building and who took them, newest first; drafts and
    /// training calls only when asked for; a case's life saved with its columns.
    @Test(arguments: Engine.allCases)
    func casesAreListedAsTheFilterSays(_ engine: Engine) throws {
        guard let database = try EngineDatabase(engine) else { return }
        defer { database.remove() }
        let store = try database.open()
        func received(_ minute: Int, building: String, nature: Nature, training: Bool = false) throws -> CaseNumber {
            var record = try store.openCase(receivedAt: utc(2026, 11, 25, 2, minute), receivedBy: "desk\(minute % 2)", channel: .phone,
                                            isTraining: training, calendar: hongKong)
            record.building = building
            record.nature = nature
            record.stage = .received
            var life = CaseLife()
            life.deadline = utc(2026, 11, 26, 2, minute)
            life.departments = ["engineering"]
            try store.commit(IntakeTurn(caseNumber: record.caseNumber,
                                        events: [TranscriptEvent(at: utc(2026, 11, 25, 2, minute, 30), staff: "chan.mw", .received(life))],
                                        record: record, draft: .clear))
            return record.caseNumber
        }
        let a = try received(1, building: "A座", nature: .urgent)
        let b = try received(2, building: "B座", nature: .ordinary)
        let training = try received(3, building: "A座", nature: .ordinary, training: true)
        let draft = try store.openCase(receivedAt: utc(2026, 11, 25, 2, 4), receivedBy: "desk0", calendar: hongKong).caseNumber

        #expect(try store.files(CaseFilter()).map(\.record.caseNumber) == [b, a])
        #expect(try store.files(CaseFilter(includeDrafts: true, includeTraining: true)).map(\.record.caseNumber) == [draft, training, b, a])
        #expect(try store.files(CaseFilter(building: "A座", includeTraining: true)).map(\.record.caseNumber) == [training, a])
        #expect(try store.files(CaseFilter(nature: .urgent)).map(\.record.caseNumber) == [a])
        #expect(try store.files(CaseFilter(receivedBy: "desk0")).map(\.record.caseNumber) == [b])
        #expect(try store.files(CaseFilter(stage: .draft)).map(\.record.caseNumber) == [draft])
        #expect(try store.files(CaseFilter(includeTraining: true, limit: 1)).map(\.record.caseNumber) == [training])
        #expect(try store.records(stage: .received).count == 3)
        let file = try #require(try store.file(a))
        #expect(file.life.deadline == utc(2026, 11, 26, 2, 1))
        #expect(file.life.departments == ["engineering"])
        #expect(try database.texts("SELECT department FROM cases WHERE case_number = '\(a)'") == ["engineering"])
    }

    /// Numbers taken on several threads.
    final class Numbers: @unchecked Sendable {
        private let lock = NSLock()
        private var numbers: [Int] = []

        func add(_ number: Int) {
            lock.lock()
            numbers.append(number)
            lock.unlock()
        }

        var all: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return numbers
        }
    }
}

extension TranscriptChain.Problem {
    /// The event a problem is about, for comparing.
    var seq: Int? {
        switch self {
        case .changed(let seq, _), .keyMissing(let seq), .unsealed(let seq), .reordered(let seq): seq
        default: nil
        }
    }
}
