import Foundation
import Testing
@testable import ComplaintDomain

@Suite("Language")
struct LanguageTests {
    @Test("from a POSIX locale name or BCP 47 tag", arguments: [
        ("zh_HK.UTF-8", Language.zhHant),
        ("zh_TW", .zhHant),
        ("zh_TW.Big5", .zhHant),
        ("zh_MO", .zhHant),
        ("zh-Hant-HK", .zhHant),
        ("zh", .zhHant),
        ("zh_CN.UTF-8", .zhHans),
        ("zh_CN", .zhHans),
        ("zh-CN", .zhHans),
        ("zh_SG", .zhHans),
        ("zh-Hans-SG", .zhHans),
        ("zh-Hans", .zhHans),
        ("ZH_cn.GB2312", .zhHans),
        ("en_US", .en),
        ("en_GB.UTF-8", .en),
        ("C", .en),
        ("C.UTF-8", .en),
        ("POSIX", .en),
        ("fr_FR", .en),
        ("ja_JP", .en),
        ("", .en),
    ])
    func localeIdentifier(id: String, expected: Language) {
        #expect(Language(localeIdentifier: id) == expected)
    }

    @Test("LC_ALL beats LC_MESSAGES beats LANG; empty values count as unset", arguments: [
        (["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US", "LANG": "zh_HK.UTF-8"], Language.zhHans),
        (["LC_ALL": "C", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_HK.UTF-8"], .en),
        (["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_HK.UTF-8"], .zhHans),
        (["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_HK.UTF-8"], .en),
        (["LANG": "zh_HK.UTF-8"], .zhHant),
        (["LANG": "zh_CN.UTF-8"], .zhHans),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_TW.UTF-8"], .zhHant),
        (["LC_ALL": "", "LANG": "zh_CN.UTF-8"], .zhHans),
        (["LC_CTYPE": "zh_CN.UTF-8"], .en),
        ([:], .en),
    ] as [([String: String], Language)])
    func environment(env: [String: String], expected: Language) {
        #expect(Language(environment: env) == expected)
    }

    @Test("raw values are BCP 47 tags; Traditional comes first")
    func rawValues() {
        #expect(Language.allCases == [.zhHant, .zhHans, .en])
        #expect(Language.allCases.map(\.rawValue) == ["zh-Hant", "zh-Hans", "en"])
        for language in Language.allCases {
            #expect(Language(localeIdentifier: language.rawValue) == language)
        }
    }

    @Test("LocalizedText picks the right text")
    func localizedText() {
        let text = LocalizedText(zhHant: "投訴", zhHans: "投诉", en: "complaint")
        #expect(text[.zhHant] == "投訴")
        #expect(text[.zhHans] == "投诉")
        #expect(text[.en] == "complaint")
    }

    @Test("every named value has a name in every language")
    func names() {
        for language in Language.allCases {
            for role in Role.allCases { #expect(!role.name(in: language).isEmpty) }
            for channel in Channel.allCases { #expect(!channel.name(in: language).isEmpty) }
            for reply in ReplyChannel.allCases { #expect(!reply.name(in: language).isEmpty) }
            for nature in Nature.allCases { #expect(!nature.name(in: language).isEmpty) }
            for kind in ComplaintKind.allCases { #expect(!kind.name(in: language).isEmpty) }
            for standing in Standing.allCases { #expect(!standing.name(in: language).isEmpty) }
        }
        #expect(ComplaintKind.complaint.name(in: .zhHant) == "投訴")
        #expect(ComplaintKind.suggestion.name(in: .zhHant) == "建議")
        #expect(ReplyChannel.visit.name(in: .en) == "a visit")
    }

    @Test("role identifiers are the glossary's")
    func roleIdentifiers() {
        #expect(Role.allCases.map(\.rawValue) == [
            "front_desk", "property_department", "property_group_lead", "supervisor", "relevant_department",
            "duty_department_manager", "general_manager", "duty_security_supervisor", "duty_manager", "department_manager",
        ])
        #expect(Nature.allCases.map(\.rawValue) == ["ordinary", "urgent"])
        #expect(ComplaintKind.allCases.map(\.rawValue) == ["complaint", "suggestion"])
        #expect(Standing.allCases.map(\.rawValue) == ["owner", "occupant"])
    }
}
