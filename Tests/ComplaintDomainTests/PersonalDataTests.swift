import Testing
@testable import ComplaintDomain

/// Where a text holds personal data, and the stand-ins that replace it: the same value by the same
/// stand-in, units keeping their relation, every stand-in different from every real value.
@Suite struct PersonalDataTests {
    let finder = PersonalData(buildings: ["A座", "B座", "C座", "商場", "停車場"])

    @Test func itFindsNamesPhonesUnitsBuildingsEmailsAndNumbers() {
        let spans = finder.spans(in: "我A座12樓B室陳大文，樓上13樓B室，電話9123-4567，車牌AB1234，電郵 a.b@c.hk，陳太話唔得")
        #expect(spans.map(\.kind) == [.building, .unit, .name, .unit, .phone, .number, .email, .name])
        #expect(spans.map(\.value) == ["A座", "12樓B室", "陳大文", "13樓B室", "9123 4567", "1234", "a.b@c.hk", "陳太"])
    }

    @Test func knownNamesAreFoundWhereverTheyStand() {
        let spans = finder.spans(in: "大文話佢好嬲", known: ["大文"])
        #expect(spans.map(\.value) == ["大文"])
        #expect(finder.spans(in: "大文話佢好嬲").isEmpty, "no reader knows 大文 alone")
    }

    @Test func standInsAreConsistentAndKeepTheFlatUpstairsAbove() {
        // Seed 0: floors up by 3, letters on by 1.
        var standIns = StandIns(texts: ["12樓B室陳大文 9123 4567", "13樓B室黃生"], known: ["陳大文"],
                                buildings: ["A座", "B座", "商場"], seed: 0)
        #expect(standIns.replacing("我A座12樓B室陳大文") == "我B座15樓C室李家明")
        #expect(standIns.replacing("樓上13樓B室黃生，陳生") == "樓上16樓C室何生，李生")
        #expect(standIns.replacing("打9123 4567") == "打6000 0001")
        #expect(standIns.replacing("再打9123-4567") == "再打6000 0001")
        #expect(standIns.replacing("Flat B, 12/F, Block A") == "Flat C, 15/F, Block B")
        #expect(standIns.replacing("G/F 商場 Room 1203") == "G/F 商場 Room 1503")
        #expect(standIns.replacing("Mrs Chan and Peter Chan") == "Mrs Lee and Alex Lee")
        #expect(standIns.replacing("參考編號 20261109") == "參考編號 53594432")
    }

    @Test func noStandInIsARealValueOfTheCase() {
        // The case's own people are called 李 and 何: the stand-ins are others.
        var standIns = StandIns(texts: ["李太同何生都係住客，電話6000 0001"], known: [], buildings: [], seed: 0)
        let out = standIns.replacing("李太同何生都係住客，電話6000 0001")
        #expect(!out.contains("李") && !out.contains("何") && !out.contains("6000 0001"), "\(out)")
    }
}
