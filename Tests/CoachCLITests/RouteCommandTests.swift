import Foundation
import Testing

/// `coach route` run as a process: JSON in, JSON out, exit 0; bad input named, exit 2.
@Suite struct RouteCommandTests {
    func route(_ json: String, _ extra: [String] = []) throws -> CoachProcess.Result {
        try CoachProcess.run(["route", "--guidance", CoachProcess.guidance.path] + extra, stdin: json)
    }

    func object(_ result: CoachProcess.Result) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any])
    }

    @Test func ordinaryPhoneComplaintOnFridayEveningGoesToSecurityAndIsDueMonday() throws {
        let result = try route(#"{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00"}"#)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let out = try object(result)
        #expect(out["is_complaint"] as? Bool == true)
        #expect(out["nature"] as? String == "ordinary")
        #expect(out["working_hours"] as? Bool == false)
        #expect(out["handler"] as? String == "duty_security_supervisor")
        #expect(out["notify"] as? [String] == ["duty_security_supervisor"])
        #expect(out["approval_by"] is NSNull)
        #expect(out["escalate_to"] is NSNull)
        #expect(out["deadline"] as? String == "2026-11-30T23:59:59+08:00")
        #expect(out["reply_via"] as? String == "phone")
        let reasons = try #require(out["reasons"] as? [String])
        #expect(reasons.contains { $0.contains("security supervisor") })
        // Friday 20:00 is the night shift's first minute.
        let onDuty = try #require(out["on_duty"] as? [[String: Any]])
        #expect(onDuty.count == 1)
        #expect(onDuty.first?["role"] as? String == "duty_security_supervisor")
        #expect(onDuty.first?["staff_id"] as? String == "kwok.ls")
        #expect(onDuty.first?["name"] as? String == "郭麗珊")
        #expect(onDuty.first?["phone"] as? String == "9123 4541")
        #expect(onDuty.first?["holders"] == nil, "holders only when nobody is rostered")
    }

    @Test func allOutputKeysArePresent() throws {
        let out = try object(try route(#"{"channel":"letter","received_at":"2026-11-25T10:00:00+08:00"}"#))
        #expect(Set(out.keys) == ["is_complaint", "nature", "working_hours", "handler", "notify", "approval_by",
                                  "escalate_to", "deadline", "reply_via", "on_duty", "reasons"])
        #expect(out["handler"] as? String == "property_group_lead")
        #expect(out["approval_by"] as? String == "supervisor")
        #expect(out["reply_via"] as? String == "letter")
        #expect(out["deadline"] as? String == "2026-11-25T23:59:59+08:00")
        #expect((out["on_duty"] as? [Any])?.isEmpty == true, "the property group lead is no duty role")
    }

    @Test func natureIsSuggestedFromADescriptionInEachScript() throws {
        for description in ["B座升降機有人困𨋢", "厨房燃气泄漏", "A burst pipe is flooding the lobby"] {
            let json = #"{"channel":"phone","received_at":"2026-11-25T10:00:00+08:00","description":"\#(description)"}"#
            let out = try object(try route(json))
            #expect(out["nature"] as? String == "urgent", "\(description)")
            #expect(out["handler"] as? String == "duty_department_manager")
            #expect(out["deadline"] as? String == "2026-11-28T10:00:00+08:00")
        }
        let calm = try object(try route(#"{"channel":"phone","received_at":"2026-11-25T10:00:00+08:00","description":"走廊燈閃"}"#))
        #expect(calm["nature"] as? String == "ordinary")
    }

    @Test func statedNatureWinsOverTheDescription() throws {
        let json = #"{"channel":"phone","received_at":"2026-11-25T10:00:00+08:00","nature":"ordinary","description":"fire!"}"#
        #expect(try object(try route(json))["nature"] as? String == "ordinary")
    }

    @Test func urgentBeyondAuthorityEscalatesToTheGeneralManager() throws {
        let json = #"{"channel":"in_person","received_at":"2026-11-25T10:00:00Z","nature":"urgent","beyond_manager_authority":true}"#
        let out = try object(try route(json))
        #expect(out["escalate_to"] as? String == "general_manager")
        #expect(out["reply_via"] as? String == "visit")
        // 10:00 UTC is 18:00 in Hong Kong: outside working hours.
        #expect(out["working_hours"] as? Bool == false)
        #expect(out["notify"] as? [String] == ["duty_security_supervisor", "duty_manager"])
        #expect(out["deadline"] as? String == "2026-11-28T18:00:00+08:00")
        // Wednesday 18:00: the night begins at 20:00; the duty manager's Wednesday runs from 09:00.
        let onDuty = try #require(out["on_duty"] as? [[String: Any]])
        #expect(onDuty.map { $0["role"] as? String } == ["duty_security_supervisor", "duty_manager"])
        #expect(onDuty.map { $0["staff_id"] as? String } == ["yip.mk", "fung.ph"])
    }

    @Test func onDutyIsPrintedOneEntryALineInTheOrderRoutingNamesThem() throws {
        let json = #"{"channel":"phone","received_at":"2026-12-31T20:00:00+08:00","nature":"urgent"}"#
        let result = try route(json)
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
              "on_duty": [
                {"role": "duty_security_supervisor", "staff_id": "kwok.ls", "name": "郭麗珊", "phone": "9123 4541"},
                {"role": "duty_manager", "staff_id": "mak.sy", "name": "麥素盈", "phone": "9123 4551"}
              ],
            """), "New Year's Eve: the override puts 麥素盈 on duty\n\(result.stdout)")
    }

    @Test func nobodyRosteredGivesNullsAndTheHolders() throws {
        let folder = try CoachProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let guidance = folder.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: CoachProcess.guidance, to: guidance)
        // The security supervisors rostered on weekdays only: nobody on a Saturday night.
        let file = guidance.appendingPathComponent("organization.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "[mon, tue, wed, thu, fri, sat, sun, holiday], from: \"20:00\"", with: "[mon, tue, wed, thu, fri], from: \"20:00\"")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let json = #"{"channel":"phone","received_at":"2026-11-28T21:00:00+08:00"}"#
        let result = try CoachProcess.run(["route", "--guidance", guidance.path], stdin: json)
        #expect(result.status == 0, "\(result.stderr)")
        let out = try object(result)
        let onDuty = try #require(out["on_duty"] as? [[String: Any]])
        #expect(onDuty.count == 1)
        let entry = try #require(onDuty.first)
        #expect(entry["role"] as? String == "duty_security_supervisor")
        #expect(entry["staff_id"] is NSNull && entry["name"] is NSNull && entry["phone"] is NSNull)
        let holders = try #require(entry["holders"] as? [[String: Any]])
        #expect(holders.map { $0["staff_id"] as? String } == ["yip.mk", "kwok.ls"])
        #expect(holders.map { $0["name"] as? String } == ["葉文傑", "郭麗珊"])
        #expect(holders.map { $0["phone"] as? String } == ["9123 4540", "9123 4541"])
        #expect(result.stdout.contains(#""staff_id": null, "name": null, "phone": null, "holders": [{"staff_id": "yip.mk""#))
    }

    @Test func aSuggestionIsNotAComplaintAndHasNoDeadline() throws {
        let out = try object(try route(#"{"channel":"other","kind":"suggestion","received_at":"2026-11-25T10:00:00+08:00"}"#))
        #expect(out["is_complaint"] as? Bool == false)
        #expect(out["deadline"] is NSNull)
        #expect(out["reply_via"] as? String == "other")
    }

    @Test func reasonsFollowTheLanguage() throws {
        let json = #"{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00"}"#
        let hant = try object(try route(json, ["--lang", "zh-Hant"]))["reasons"] as? [String] ?? []
        #expect(hant.contains { $0.contains("當值保安主管") })
        let hans = try object(try route(json, ["--lang", "zh-Hans"]))["reasons"] as? [String] ?? []
        #expect(hans.contains { $0.contains("当值保安主管") })
    }

    @Test(arguments: [
        ("", "nothing"),
        ("not json", "invalid JSON"),
        ("[1, 2]", "JSON object"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00+08:00""#, "invalid JSON"),
        (#"{"received_at":"2026-11-27T20:00:00+08:00"}"#, "channel"),
        (#"{"channel":"fax","received_at":"2026-11-27T20:00:00+08:00"}"#, "channel"),
        (#"{"channel":7,"received_at":"2026-11-27T20:00:00+08:00"}"#, "channel"),
        (#"{"channel":"phone"}"#, "received_at"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00"}"#, "received_at"),
        (#"{"channel":"phone","received_at":"yesterday"}"#, "received_at"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","kind":"praise"}"#, "kind"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","nature":"severe"}"#, "nature"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","beyond_manager_authority":"yes"}"#, "beyond_manager_authority"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":5}"#, "description"),
        (#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","chanel":"phone"}"#, "chanel"),
    ])
    func badInputIsNamedOnOneLineAndExitsTwo(input: String, field: String) throws {
        let result = try route(input)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(field))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func invalidUTF8IsRefused() throws {
        var bytes = Data(#"{"channel":"phone","received_at":"2026-11-27T20:00:00Z","description":""#.utf8)
        bytes.append(contentsOf: [0xE9, 0x9B, 0xBB, 0xFF, 0xFE])
        bytes.append(contentsOf: Data(#""}"#.utf8))
        let result = try CoachProcess.run(["route", "--guidance", CoachProcess.guidance.path], input: bytes)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("JSON"))
    }
}
