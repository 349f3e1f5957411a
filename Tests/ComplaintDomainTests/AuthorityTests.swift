import Foundation
import Testing
@testable import ComplaintDomain

// Who may take each action on a case, written out by hand from DOMAIN.md (regulations 4, 5a–c,
// 7, 8, 9 and guideline 8) and the doc comments of Authority and CaseAction — never computed
// from `Authority.roles`.

/// One staff member per role, ids that say which, plus one person holding two roles.
private let everyRoleOffice: Organization = {
    var staff = Role.allCases.map { role in
        StaffMember(id: "only.\(role.rawValue)", name: "Holder of \(role.rawValue)", roles: [role])
    }
    staff.append(twoRoles)
    return Organization(name: LocalizedText(zhHant: "測試管理處", zhHans: "测试管理处", en: "Test office"),
                        calendar: .standard, staff: staff)
}()

/// Front desk and group lead at once: a small office where one person does both.
private let twoRoles = StaffMember(id: "both.desk_and_lead", name: "陳雙職", roles: [.frontDesk, .propertyGroupLead])

private func holder(of role: Role) -> String { "only.\(role.rawValue)" }

/// The handlers routing can name (nil: a case from before routing kept one).
private let handlers: [Role?] = [nil, .propertyGroupLead, .dutyDepartmentManager, .dutySecuritySupervisor]

/// The hand-written table: the roles that may take `action` on a case whose routing named `handler`.
private func expectedRoles(_ action: CaseAction, handler: Role?) -> Set<Role> {
    switch action {
    case .receive:
        // Regulation 4: whoever receives a complaint accepts it; never refused.
        return Set(Role.allCases)
    case .propose:
        return [.propertyGroupLead]
    case .approve:
        return [.supervisor]
    case .dispatch:
        // Only the handler routing named: 5b in hours, 5c after hours.
        switch handler {
        case .dutyDepartmentManager: return [.dutyDepartmentManager]
        case .dutySecuritySupervisor: return [.dutySecuritySupervisor]
        default: return [.dutyDepartmentManager, .dutySecuritySupervisor]
        }
    case .assign:
        return [.propertyGroupLead, .supervisor, .dutyDepartmentManager, .dutySecuritySupervisor]
    case .escalate:
        return [.dutyDepartmentManager, .dutyManager]
    case .recordFeedback:
        return [.relevantDepartment, .propertyGroupLead]
    case .reply:
        return [.propertyGroupLead]
    case .followUp, .followUpMissed:
        // Guideline 8: the follow-up call, reached or not, is the group's or the front desk's.
        return [.propertyGroupLead, .frontDesk]
    case .file:
        return [.propertyGroupLead, .frontDesk]
    }
}

private func label(_ handler: Role?) -> String { handler?.rawValue ?? "none" }

@Suite struct AuthorityTests {
    // MARK: The table

    @Test(arguments: CaseAction.allCases)
    func rolesForEachActionAreTheRegulations(action: CaseAction) {
        for handler in handlers {
            let roles = Authority.roles(for: action, handler: handler)
            #expect(Set(roles) == expectedRoles(action, handler: handler), "\(action.rawValue), handler \(label(handler))")
            #expect(roles.count == Set(roles).count, "\(action.rawValue) names a role twice: \(roles)")
        }
    }

    @Test(arguments: Role.allCases, CaseAction.allCases)
    func eachRoleIsAllowedOrRefusedAsTheTableSays(role: Role, action: CaseAction) {
        for handler in handlers {
            let refused = Authority.check(action, by: holder(of: role), in: everyRoleOffice, handler: handler)
            let allowed = expectedRoles(action, handler: handler).contains(role)
            if allowed {
                #expect(refused == nil, "\(role.rawValue) should be allowed to \(action.rawValue) (handler \(label(handler)))")
            } else {
                #expect(refused != nil, "\(role.rawValue) should be refused \(action.rawValue) (handler \(label(handler)))")
                #expect(refused?.onRoster == true)
                #expect(refused?.action == action)
                #expect(refused?.staff == holder(of: role))
            }
        }
    }

    @Test func theFullTableByHand() {
        // The same table as rows, so a reader sees it at a glance: ✓ allowed, · refused.
        // Columns: front_desk, property_department, property_group_lead, supervisor,
        // relevant_department, duty_department_manager, general_manager,
        // duty_security_supervisor, duty_manager, department_manager.
        #expect(Role.allCases == [.frontDesk, .propertyDepartment, .propertyGroupLead, .supervisor, .relevantDepartment,
                                  .dutyDepartmentManager, .generalManager, .dutySecuritySupervisor, .dutyManager,
                                  .departmentManager])
        let rows: [(CaseAction, Role?, String)] = [
            (.receive, nil, "✓✓✓✓✓✓✓✓✓✓"),
            (.propose, nil, "··✓·······"),
            (.approve, nil, "···✓······"),
            (.dispatch, .dutyDepartmentManager, "·····✓····"),
            (.dispatch, .dutySecuritySupervisor, "·······✓··"),
            (.assign, nil, "··✓✓·✓·✓··"),
            (.escalate, nil, "·····✓··✓·"),
            (.recordFeedback, nil, "··✓·✓·····"),
            (.reply, nil, "··✓·······"),
            (.followUp, nil, "✓·✓·······"),
            (.file, nil, "✓·✓·······"),
        ]
        for (action, handler, marks) in rows {
            let got = Role.allCases.map { role in
                Authority.check(action, by: holder(of: role), in: everyRoleOffice, handler: handler) == nil ? "✓" : "·"
            }.joined()
            #expect(got == marks, "\(action.rawValue), handler \(label(handler))")
        }
    }

    @Test(arguments: CaseAction.allCases)
    func someoneHoldingTwoRolesMayDoWhatEitherMay(action: CaseAction) {
        for handler in handlers {
            let expected = expectedRoles(action, handler: handler)
            let allowed = !expected.isDisjoint(with: twoRoles.roles)
            let refused = Authority.check(action, by: twoRoles.id, in: everyRoleOffice, handler: handler)
            #expect((refused == nil) == allowed, "\(twoRoles.id) \(action.rawValue), handler \(label(handler))")
        }
    }

    // MARK: Receiving

    @Test func receivingIsNeverRefusedNotEvenToSomeoneOffTheRoster() {
        let people = Role.allCases.map(holder(of:)) + [twoRoles.id, "stranger", "", "temp.worker"]
        for id in people {
            for handler in handlers {
                #expect(Authority.check(.receive, by: id, in: everyRoleOffice, handler: handler) == nil, "\(id)")
            }
        }
        let empty = Organization(name: LocalizedText(zhHant: "空", zhHans: "空", en: "Empty"), calendar: .standard)
        #expect(Authority.check(.receive, by: "anyone", in: empty, handler: nil) == nil)
    }

    // MARK: Refusals

    @Test(arguments: Role.allCases, CaseAction.allCases)
    func aRefusalNamesTheAllowedRolesAndTheirHolders(role: Role, action: CaseAction) {
        for handler in handlers {
            guard let refused = Authority.check(action, by: holder(of: role), in: everyRoleOffice, handler: handler) else { continue }
            let expected = expectedRoles(action, handler: handler)
            #expect(Set(refused.allowed) == expected)
            // Exactly the people on the roster who hold an allowed role.
            let expectedHolders = Set(everyRoleOffice.staff.filter { !expected.isDisjoint(with: $0.roles) }.map(\.id))
            #expect(Set(refused.holders.map(\.id)) == expectedHolders, "\(action.rawValue), handler \(label(handler))")
            #expect(!refused.holders.contains { $0.id == holder(of: role) })
            for language in Language.allCases {
                let text = refused.text(in: language)
                #expect(text.contains(holder(of: role)), "\(language): names who was refused")
                #expect(text.contains(action.name(in: language)), "\(language): names the action")
                for allowedRole in expected {
                    #expect(text.contains(allowedRole.name(in: language)), "\(language): names \(allowedRole.rawValue)")
                }
                for person in refused.holders {
                    #expect(text.contains(person.id), "\(language): \(action.rawValue) refusal should mention \(person.id): \(text)")
                    #expect(text.contains(person.name), "\(language): should mention \(person.name)")
                }
                #expect(!text.contains("not on the roster") && !text.contains("不在名冊上") && !text.contains("不在名册上"))
            }
        }
    }

    @Test func aRefusalNamesEachHolderOnce() {
        // The two-role member holds both front_desk and property_group_lead, which are both
        // allowed to file and to follow up: they are one person and should be named once.
        for action in [CaseAction.file, .followUp] {
            let refused = Authority.check(action, by: holder(of: .supervisor), in: everyRoleOffice, handler: nil)
            let ids = refused?.holders.map(\.id) ?? []
            #expect(ids.count == Set(ids).count, "\(action.rawValue): holders repeated: \(ids)")
            for language in Language.allCases {
                let text = refused?.text(in: language) ?? ""
                #expect(text.components(separatedBy: twoRoles.id).count - 1 == 1,
                        "\(language) \(action.rawValue): \(twoRoles.id) should appear once: \(text)")
            }
        }
    }

    @Test func aRefusalOrdersAndNamesAsTheRegulationDoes() {
        let refused = Authority.check(.approve, by: holder(of: .frontDesk), in: everyRoleOffice, handler: nil)
        #expect(refused == ActionRefused(action: .approve, staff: holder(of: .frontDesk), onRoster: true, allowed: [.supervisor],
                                         holders: [StaffMember(id: "only.supervisor", name: "Holder of supervisor", roles: [.supervisor])]))
        #expect(refused?.text(in: .en) == "only.front_desk may not approve the proposed handling: only the supervisor may — Holder of supervisor (only.supervisor).")
        #expect(refused?.text(in: .zhHant) == "only.front_desk 不可批准處理意見：只有主管可以——Holder of supervisor (only.supervisor)。")
        #expect(refused?.text(in: .zhHans) == "only.front_desk 不可批准处理意见：只有主管可以——Holder of supervisor (only.supervisor)。")
    }

    @Test func dispatchNamesOnlyTheHandlerRoutingNamed() {
        let inHours = Authority.check(.dispatch, by: holder(of: .dutySecuritySupervisor), in: everyRoleOffice, handler: .dutyDepartmentManager)
        #expect(inHours?.allowed == [.dutyDepartmentManager])
        #expect(inHours?.holders.map(\.id) == [holder(of: .dutyDepartmentManager)])
        let afterHours = Authority.check(.dispatch, by: holder(of: .dutyDepartmentManager), in: everyRoleOffice, handler: .dutySecuritySupervisor)
        #expect(afterHours?.allowed == [.dutySecuritySupervisor])
        #expect(afterHours?.holders.map(\.id) == [holder(of: .dutySecuritySupervisor)])
    }

    @Test(arguments: CaseAction.allCases)
    func someoneOffTheRosterIsRefusedEverythingButReceive(action: CaseAction) {
        for handler in handlers {
            let refused = Authority.check(action, by: "stranger.xy", in: everyRoleOffice, handler: handler)
            if action == .receive {
                #expect(refused == nil)
                continue
            }
            let expected = expectedRoles(action, handler: handler)
            #expect(refused?.onRoster == false, "\(action.rawValue), handler \(label(handler))")
            #expect(refused?.staff == "stranger.xy")
            #expect(refused?.action == action)
            #expect(Set(refused?.allowed ?? []) == expected)
            let expectedHolders = Set(everyRoleOffice.staff.filter { !expected.isDisjoint(with: $0.roles) }.map(\.id))
            #expect(Set(refused?.holders.map(\.id) ?? []) == expectedHolders)
            guard let refused else { continue }
            #expect(refused.text(in: .en).contains("stranger.xy (not on the roster)"))
            #expect(refused.text(in: .zhHant).contains("stranger.xy（不在名冊上）"))
            #expect(refused.text(in: .zhHans).contains("stranger.xy（不在名册上）"))
            for language in Language.allCases {
                #expect(refused.holders.contains { refused.text(in: language).contains($0.id) }, "\(language)")
            }
        }
    }

    @Test func aRefusalWithNobodyOnTheRosterToAskEndsPlainly() {
        let office = Organization(name: LocalizedText(zhHant: "小", zhHans: "小", en: "Small"), calendar: .standard,
                                  staff: [StaffMember(id: "desk.only", name: "Desk", roles: [.frontDesk])])
        let refused = Authority.check(.approve, by: "desk.only", in: office, handler: nil)
        #expect(refused?.holders == [])
        #expect(refused?.onRoster == true)
        #expect(refused?.text(in: .en) == "desk.only may not approve the proposed handling: only the supervisor may.")
        #expect(refused?.text(in: .zhHant) == "desk.only 不可批准處理意見：只有主管可以。")
        #expect(refused?.text(in: .zhHans) == "desk.only 不可批准处理意见：只有主管可以。")
    }
}
