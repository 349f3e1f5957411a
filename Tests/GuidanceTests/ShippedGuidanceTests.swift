import CivilTime
import ComplaintDomain
import Foundation
@testable import Guidance
import Testing

/// The guidance folder the checkout ships loads, complete and in all three languages.
@Suite("Shipped guidance")
struct ShippedGuidanceTests {
    let catalogue: GuidanceCatalogue

    init() throws {
        catalogue = try GuidanceLoader.load(from: shippedGuidance)
    }

    @Test func folderIsFoundFromTheTestFile() {
        for name in ["guidelines.yaml", "regulation.yaml", "organization.yaml", "urgency.yaml"] {
            #expect(FileManager.default.fileExists(atPath: shippedGuidance.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func twelveGuidelinesNumberedOneToTwelve() {
        #expect(catalogue.guidelines.count == 12)
        #expect(catalogue.guidelines.map(\.number) == Array(1...12))
        #expect(Set(catalogue.guidelines.map(\.key)).count == 12, "guideline keys are distinct")
        for guideline in catalogue.guidelines {
            #expect(!guideline.moments.isEmpty, "guideline \(guideline.number) has a moment")
            #expect(catalogue.guideline(guideline.number) == guideline)
        }
    }

    @Test func nineArticles() {
        #expect(catalogue.articles.count == 9)
        #expect(catalogue.articles.map(\.number) == Array(1...9))
    }

    @Test func everyTextIsGivenInAllThreeLanguages() {
        var texts: [(String, LocalizedText)] = [("organisation name", catalogue.organization.name)]
        for g in catalogue.guidelines {
            texts += [("guideline \(g.number) title", g.title), ("guideline \(g.number) text", g.text),
                      ("guideline \(g.number) cue", g.cue)]
            texts += g.phrases.enumerated().map { ("guideline \(g.number) phrase \($0.offset)", $0.element.text) }
        }
        for a in catalogue.articles {
            texts += [("article \(a.number) title", a.title), ("article \(a.number) text", a.text)]
        }
        for d in catalogue.organization.departments { texts.append(("department \(d.id)", d.name)) }
        for c in catalogue.organization.categories { texts.append(("category \(c.id)", c.name)) }
        for h in catalogue.urgency.hints { texts += [("hint \(h.key)", h.label), ("hint \(h.key) advice", h.advice)] }

        #expect(texts.count > 12 * 3 + 9 * 2)
        for (place, text) in texts {
            for language in Language.allCases {
                let value = text[language].trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(!value.isEmpty, "\(place) in \(language)")
            }
        }
    }

    @Test func organisationCalendar() throws {
        let calendar = catalogue.organization.calendar
        #expect(calendar.zone.identifier == "Asia/Hong_Kong")
        #expect(calendar.workingDays == [.mon, .tue, .wed, .thu, .fri])
        #expect(calendar.opens == ClockTime(hour: 9, minute: 0))
        #expect(calendar.closes == ClockTime(hour: 18, minute: 0))
        #expect(calendar.holidays[try #require(LocalDate(iso: "2026-12-25"))] == "聖誕節")
    }

    @Test func organisationRulesAndRoster() {
        let organization = catalogue.organization
        #expect(organization.rules == HandlingRules(ordinaryExtraWorkingDays: 0, urgentHours: 72, dutyManagerReport: .urgentOnly))
        #expect(Set(organization.staff.map(\.id)).count == organization.staff.count)
        #expect(organization.member("lam.kf")?.roles == [.dutyDepartmentManager, .departmentManager])
        #expect(!organization.staff(holding: .frontDesk).isEmpty)
        #expect(organization.departments.map(\.id).contains("engineering"))
    }

    @Test func urgencyHintsCoverTheCommonDangers() {
        let keys = Set(catalogue.urgency.hints.map(\.key))
        for key in ["gas_leak", "fire", "flooding", "water_on_electrics", "trapped_in_lift", "injury", "structural_danger",
                    "intrusion", "building_outage"] {
            #expect(keys.contains(key), "hint \(key)")
        }
        for hint in catalogue.urgency.hints {
            #expect(!hint.terms.isEmpty, "hint \(hint.key) has terms")
        }
    }
}
