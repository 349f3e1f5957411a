import Foundation
import Testing
@testable import ComplaintDomain

/// Negation, exceptions and terms of several parts, on a small lexicon built here.
@Suite("Urgency negation, exceptions and parts")
struct UrgencyNegationTests {
    static let negation = Negation(words: ["冇", "沒有", "没有", "唔係", "no", "not", "nobody", "no one", "isn't"],
                                   between: ["人", "任何", "有", "聞到", "is", "was", "a", "one", "any", "'s"])
    static let lexicon = UrgencyLexicon(hints: [
        UrgencyHint(key: "injury", label: LocalizedText(zhHant: "受傷", zhHans: "受伤", en: "injury"), advice: testAdvice,
                    terms: ["受傷", "受伤", "injured", "is hurt"]),
        UrgencyHint(key: "flooding", label: LocalizedText(zhHant: "水浸", zhHans: "水浸", en: "flooding"), advice: testAdvice,
                    terms: ["水浸", "成屋都係水", "flooding"]),
        UrgencyHint(key: "gas", label: LocalizedText(zhHant: "煤氣", zhHans: "燃气", en: "gas"), advice: testAdvice,
                    terms: ["煤氣味", "smell of gas"]),
        UrgencyHint(key: "lift", label: LocalizedText(zhHant: "困𨋢", zhHans: "困电梯", en: "lift"), advice: testAdvice,
                    terms: ["被困", "𨋢|升降機…困咗|入面有人", "lift ... people inside"],
                    except: ["困擾"]),
        UrgencyHint(key: "fire", label: LocalizedText(zhHant: "火", zhHans: "火", en: "fire"), advice: testAdvice,
                    terms: ["好大煙", "fire"], except: ["食煙|吸煙…煙", "fire door"]),
    ], negation: negation)

    func keys(_ text: String) -> [String] {
        Self.lexicon.suggest(from: text).matches.map(\.hintKey)
    }

    @Test("a negating word just before the term takes it back", arguments: [
        "冇人受傷", "沒有煤氣味", "冇聞到煤氣味", "没有任何人受伤", "唔係水浸", "No one is hurt", "nobody was injured",
        "there is no smell of gas", "it's not flooding", "nobody's injured", "冇 人 受傷",
    ])
    func negated(text: String) {
        #expect(keys(text).isEmpty, "\(text) → \(keys(text))")
    }

    @Test("a negation does not reach past a comma, another word or a line", arguments: [
        ("冇人受傷但係成屋都係水", ["flooding"]),
        ("冇電，有人受傷", ["injury"]),
        ("冇反應有人受傷", ["injury"]),
        ("冇\n受傷", ["injury"]),
        ("no, someone is hurt", ["injury"]),
        ("I know the lobby is flooding", ["flooding"]),     // "no" inside "know" is no negation
        ("not sure why but the lobby is flooding", ["flooding"]),
        ("冇人受傷，不過隔籬受傷", ["injury"]),             // the second mention is not negated
    ])
    func notNegated(text: String, expected: [String]) {
        #expect(keys(text) == expected)
    }

    @Test("without negation words every mention counts")
    func noNegation() {
        var lexicon = Self.lexicon
        lexicon.negation = .none
        #expect(lexicon.suggest(from: "冇人受傷").matches.map(\.hintKey) == ["injury"])
    }

    @Test("a term inside one of its hint's exceptions does not count", arguments: [
        "長期被困擾", "the fire door is stuck", "樓下食煙，好大煙", "樓下吸煙好大煙",
    ])
    func excepted(text: String) {
        #expect(keys(text).isEmpty, "\(text) → \(keys(text))")
    }

    @Test("an exception covers only what it overlaps, and only in its own sentence", arguments: [
        ("長期被困擾，今日有人被困", ["lift"]),
        ("fire door open and a fire on 3/F", ["fire"]),
        ("樓下食煙。走廊好大煙", ["fire"]),
        ("好大煙，之後有人食煙", ["fire"]),                  // the smoke came before the smoking
    ])
    func exceptedOnlyWhereItStands(text: String, expected: [String]) {
        #expect(keys(text) == expected)
    }

    @Test("an exception of parts covers nothing unless its last part follows")
    func exceptionNeedsItsLastPart() {
        let lexicon = UrgencyLexicon(hints: [
            UrgencyHint(key: "outage", label: LocalizedText(zhHant: "停電", zhHans: "停电", en: "outage"), advice: testAdvice,
                        terms: ["大廈停電"], except: ["停電…通知"]),
        ])
        #expect(lexicon.suggest(from: "大廈停電，𨋢都停埋").matches.map(\.hintKey) == ["outage"])
        #expect(lexicon.suggest(from: "大廈停電通知貼得太遲").matches.isEmpty)
        #expect(lexicon.suggest(from: "大廈停電。通知貼咗出嚟").matches.map(\.hintKey) == ["outage"])
    }

    @Test("parts stand in order in one sentence; commas do not end it", arguments: [
        ("𨋢壞咗有人困咗喺入面", "𨋢…困咗"),
        ("升降機停咗，入面有人", "升降機…入面有人"),
        ("the lift has stopped with people inside", "lift…people inside"),
    ])
    func parts(text: String, shown: String) {
        let match = Self.lexicon.suggest(from: text).matches.first
        #expect(match?.hintKey == "lift")
        #expect(match?.term == shown)
    }

    @Test("parts in another order or another sentence are not a match", arguments: [
        "有人困咗，唔係𨋢", "部𨋢好慢。有人困咗喺屋企", "部𨋢好慢\n有人困咗喺屋企", "people inside the lift",
        "部𨋢好慢! 有人困咗喺屋企", "the lift is slow. people inside are angry",
    ])
    func partsOutOfPlace(text: String) {
        #expect(!keys(text).contains("lift"), "\(text) → \(keys(text))")
    }

    @Test("a part that is negated does not count")
    func negatedPart() {
        #expect(keys("𨋢壞咗冇人困咗").isEmpty)
        #expect(keys("𨋢壞咗冇人困咗，隔籬𨋢困咗") == ["lift"])
    }

    @Test("a match carries its hint's advice")
    func advice() {
        #expect(Self.lexicon.suggest(from: "有人受傷").matches.first?.advice == testAdvice)
    }

    @Test("a match stored before advice existed still decodes, without advice")
    func oldMatchDecodes() throws {
        let json = #"{"matches":[{"hintKey":"fire","label":{"zhHant":"火警","zhHans":"火警","en":"fire"},"term":"火警"}]}"#
        let suggestion = try JSONDecoder().decode(UrgencySuggestion.self, from: Data(json.utf8))
        #expect(suggestion.matches.first?.advice == nil)
        #expect(suggestion.nature == .urgent)
        let again = try JSONEncoder().encode(suggestion)
        #expect(!String(decoding: again, as: UTF8.self).contains("advice"), "re-encoding adds nothing")
    }
}
