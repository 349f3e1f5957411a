import Foundation
import Guidance
import Testing

/// `coach scenario from-case N` through the real binary: a received case, full of personal data,
/// becomes a scenario file that `coach guidance` loads beside the shipped ones, with none of the
/// case's names, phone digits, units, buildings or identifying numbers left in it; a draft, a
/// voided case and a case that does not exist are refused and nothing is written; `-o` never
/// replaces a file without `--force`.
@Suite struct ScenarioFromCaseCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    /// A leak complaint with the caller's name three ways, her phone twice, her unit and the one
    /// upstairs, the upstairs owner and his phone, an earlier case's number and an e-mail.
    static let intake = [
        "喂？管理處呀？我A座12樓B室陳大文，我又要投訴呀！",
        "廚房天花又漏水，係樓上13樓B室漏落嚟，第三次投訴",
        "陳生話上次打9123-4567都冇人覆，大文電郵 tai.man.chan@example.hk 都寄咗",
        "", ":name 陳大文", ":standing owner", ":building A座", ":unit 12樓B室", ":contact 9123 4567",
        ":where 廚房天花近抽氣扇", ":since 上個禮拜五夜晚", ":wants 今日派人上嚟，搵13樓B室業主整好條喉",
        ":cause 十一月九號報過（個案261109-003），冇人覆", ":others 13樓B室業主黃先生 6234 5678",
        ":kind c", ":nature o", ":category water", ":done", "y",
    ].joined(separator: "\n") + "\n"

    func received(_ desk: Desk) throws -> String {
        let result = try desk.coach([], stdin: Self.intake)
        #expect(result.status == 0, "intake: \(result.stderr)")
        return try #require(try desk.value("SELECT case_number FROM cases WHERE stage = 'received'").firstMatch(of: /\d{6}-\d{3}/)
            .map { String($0.output) })
    }

    @Test func aReceivedCaseBecomesADrillThatLoadsAndNamesNobody() throws {
        let desk = try Desk(hours: .inHours)
        let number = try received(desk)
        let file = desk.guidance.appendingPathComponent("scenarios/leak-again.yaml")
        let made = try desk.coach(["scenario", "from-case", number, "-o", file.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "Written to \(file.path)\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)

        // It loads with everything else, and coach guidance passes.
        let check = try desk.coach(["guidance"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("17 training scenarios"), "\(check.stdout)")
        let organization = try GuidanceLoader.load(from: desk.guidance).organization
        let scenario = try #require(try GuidanceLoader.loadTraining(from: desk.guidance, organization: organization).scenario("leak-again"))
        #expect(scenario.opening.count == 3 && scenario.facts.count == 5 && scenario.expect.category == "water")
        #expect(scenario.opening[0].contains(scenario.persona.building + scenario.persona.unit + scenario.persona.name))

        // No personal datum of the case, in any form.
        let text = try String(contentsOf: file, encoding: .utf8)
        let digits = text.filter(\.isASCIIDigit)
        for datum in ["陳大文", "大文", "陳生", "黃先生", "12樓B室", "13樓B室", "12樓", "13樓", "A座", "tai.man.chan", "example.hk", number] {
            #expect(!text.contains(datum), "\(datum) is still in the file:\n\(text)")
        }
        for number in ["91234567", "62345678", "261109003", number.filter(\.isASCIIDigit), "9123", "4567", "6234", "5678"] {
            #expect(!digits.contains(number), "the digits \(number) are still in the file:\n\(text)")
        }
        // The staff at the desk are not named either.
        #expect(!text.contains("chan.mw") && !text.contains("陳美華"))

        // Without -o, the same draft on standard output, its id from the category.
        let printed = try desk.coach(["scenario", "from-case", number])
        #expect(printed.status == 0)
        #expect(printed.stdout == text.replacingOccurrences(of: "id: \"leak-again\"", with: "id: \"draft-water\""))
    }

    @Test func draftsVoidedAndMissingCasesAreRefusedAndNothingIsWritten() throws {
        let desk = try Desk(hours: .inHours)
        let number = try received(desk)
        #expect(try desk.coach([], staff: "wong.ky", stdin: "走廊有煙\n:save\n").status == 0)
        #expect(try desk.coach([], staff: "wong.ky", stdin: "打錯電話\n:void wrong number\ny\n").status == 0)
        let draft = try desk.value("SELECT case_number FROM cases WHERE stage = 'draft'")
        let voided = try desk.value("SELECT case_number FROM cases WHERE stage = 'voided'")
        try #require(!draft.isEmpty && !voided.isEmpty, "a draft and a voided case")
        let target = desk.folder.appendingPathComponent("drill.yaml").path
        let refused: [(String, String)] = [
            (draft, "coach: Case \(draft) is still being taken: finish the intake first (coach resume \(draft)); a draft cannot become a drill."),
            (voided, "coach: Case \(voided) was voided: it does not become a drill."),
            ("261231-099", "coach: There is no case 261231-099."),
        ]
        for (which, message) in refused {
            let result = try desk.coach(["scenario", "from-case", which, "-o", target])
            #expect(result.status == 1, "\(which): \(result.stdout)")
            #expect(result.stderr == message + "\n", "\(which)")
            #expect(!FileManager.default.fileExists(atPath: target), "nothing written for \(which)")
        }

        // An existing file is kept without --force, and replaced with it.
        try "mine\n".write(toFile: target, atomically: true, encoding: .utf8)
        let kept = try desk.coach(["scenario", "from-case", number, "-o", target])
        #expect(kept.status == 1)
        #expect(kept.stderr == "coach: \(target) already exists: add --force to replace it, or choose another file\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
        let replaced = try desk.coach(["scenario", "from-case", number, "-o", target, "--force"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("id: \"drill\""))
        // Never the database.
        let database = try desk.coach(["scenario", "from-case", number, "-o", desk.db, "--force"])
        #expect(database.status == 1 && database.stderr.contains("is the database"), "\(database.stderr)")
    }
}
