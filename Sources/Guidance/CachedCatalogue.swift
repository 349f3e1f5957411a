import CivilTime
import ComplaintDomain

/// The catalogue as the guidance cache keeps it, field by field, written and read by hand: with
/// Codable, each type's keyed containers were looked up and checked at run time, which cost more
/// at each start than reading the bytes. The time zone is not kept: its rules are made again from
/// its zoneinfo file's bytes, which the cache reads anyway to see that the file has not changed.
/// A field added to a type here must be added to both sides; the tests read back the shipped
/// catalogue and compare it with the one read from YAML.
enum CachedCatalogue {
    static func write(_ catalogue: GuidanceCatalogue, to out: inout CacheWriter) {
        out.list(catalogue.guidelines) { out, guideline in
            out.int(guideline.number)
            out.string(guideline.key)
            out.list(guideline.moments) { $0.string($1.rawValue) }
            text(guideline.title, &out)
            text(guideline.text, &out)
            text(guideline.cue, &out)
            out.list(guideline.phrases, phrase)
        }
        out.list(catalogue.articles) { out, article in
            out.int(article.number)
            out.string(article.key)
            text(article.title, &out)
            text(article.text, &out)
        }
        organization(catalogue.organization, &out)
        out.list(catalogue.urgency.hints) { out, hint in
            out.string(hint.key)
            text(hint.label, &out)
            text(hint.advice, &out)
            out.strings(hint.terms)
            out.strings(hint.except)
        }
        out.strings(catalogue.urgency.negation.words)
        out.strings(catalogue.urgency.negation.between)
        out.string(catalogue.zhHantRegister.rawValue)
        out.list(catalogue.signals.all) { out, signal in
            out.string(signal.key)
            out.int(signal.guideline)
            out.strings(signal.terms)
            out.strings(signal.exceptions)
            out.bool(signal.hearsShouting)
            text(signal.cue, &out)
            phrase(&out, signal.phrase)
        }
        out.list(catalogue.houseRules.all) { out, rule in
            out.int(rule.number)
            text(rule.title, &out)
            text(rule.text, &out)
            out.strings(rule.terms)
        }
    }

    /// `zone` makes a time zone's rules from its IANA name.
    static func read(_ input: inout CacheReader, zone: (String) -> ZoneRules?) throws(CacheReader.Damaged) -> GuidanceCatalogue {
        let guidelines = try input.list { input throws(CacheReader.Damaged) in
            Guideline(number: try input.int(), key: try input.string(),
                      moments: try input.list { input throws(CacheReader.Damaged) in try input.choice(Moment.self) },
                      title: try text(&input), text: try text(&input), cue: try text(&input), phrases: try input.list(phrase))
        }
        let articles = try input.list { input throws(CacheReader.Damaged) in
            RegulationArticle(number: try input.int(), key: try input.string(), title: try text(&input), text: try text(&input))
        }
        let organization = try organization(&input, zone: zone)
        let hints = try input.list { input throws(CacheReader.Damaged) in
            UrgencyHint(key: try input.string(), label: try text(&input), advice: try text(&input), terms: try input.strings(),
                        except: try input.strings())
        }
        let negation = Negation(words: try input.strings(), between: try input.strings())
        let register = try input.choice(ChineseRegister.self)
        let signals = try input.list { input throws(CacheReader.Damaged) in
            CallerSignal(key: try input.string(), guideline: try input.int(), terms: try input.strings(), exceptions: try input.strings(),
                         hearsShouting: try input.bool(), cue: try text(&input), phrase: try phrase(&input))
        }
        let rules = try input.list { input throws(CacheReader.Damaged) in
            HouseRule(number: try input.int(), title: try text(&input), text: try text(&input), terms: try input.strings())
        }
        return GuidanceCatalogue(guidelines: guidelines, articles: articles, organization: organization,
                                 urgency: UrgencyLexicon(hints: hints, negation: negation), zhHantRegister: register,
                                 signals: SignalLexicon(signals), houseRules: HouseRules(rules))
    }

    // MARK: The organisation

    private static func organization(_ organization: Organization, _ out: inout CacheWriter) {
        text(organization.name, &out)
        let calendar = organization.calendar
        out.string(calendar.zone.identifier)
        out.list(Array(calendar.workingDays)) { $0.string($1.rawValue) }
        clock(calendar.opens, &out)
        clock(calendar.closes, &out)
        out.list(Array(calendar.holidays)) { out, holiday in
            date(holiday.key, &out)
            out.string(holiday.value)
        }
        let rules = organization.rules
        out.int(rules.ordinaryExtraWorkingDays)
        out.int(rules.urgentHours)
        out.string(rules.dutyManagerReport.rawValue)
        out.int(rules.urgentCallBackMinutes)
        out.list(organization.staff) { out, member in
            out.string(member.id)
            out.string(member.name)
            out.list(member.roles) { $0.string($1.rawValue) }
            out.optional(member.contact)
        }
        out.list(organization.departments) { out, department in
            out.string(department.id)
            text(department.name, &out)
        }
        out.list(organization.categories) { out, category in
            out.string(category.id)
            text(category.name, &out)
            out.optional(category.department)
        }
        out.strings(organization.buildings)
        out.list(Array(organization.titles.overrides)) { out, title in
            out.string(title.key.rawValue)
            text(title.value, &out)
        }
        out.list(organization.rota.shifts) { out, shift in
            out.string(shift.role.rawValue)
            switch shift.days {
            case .weekly(let days, let holidays):
                out.bool(false)
                out.list(Array(days)) { $0.string($1.rawValue) }
                out.bool(holidays)
            case .date(let day):
                out.bool(true)
                date(day, &out)
            }
            clock(shift.from, &out)
            clock(shift.to, &out)
            out.string(shift.staffID)
        }
    }

    private static func organization(_ input: inout CacheReader, zone: (String) -> ZoneRules?) throws(CacheReader.Damaged) -> Organization {
        let name = try text(&input)
        guard let zone = zone(try input.string()) else { throw CacheReader.Damaged() }
        let calendar = WorkingCalendar(
            zone: zone, workingDays: Set(try input.list { input throws(CacheReader.Damaged) in try input.choice(Weekday.self) }),
            opens: try clock(&input), closes: try clock(&input),
            holidays: Dictionary(try input.list { input throws(CacheReader.Damaged) in (try date(&input), try input.string()) },
                                 uniquingKeysWith: { first, _ in first }))
        let rules = HandlingRules(ordinaryExtraWorkingDays: try input.int(), urgentHours: try input.int(),
                                  dutyManagerReport: try input.choice(HandlingRules.DutyManagerReport.self),
                                  urgentCallBackMinutes: try input.int())
        let staff = try input.list { input throws(CacheReader.Damaged) in
            StaffMember(id: try input.string(), name: try input.string(),
                        roles: try input.list { input throws(CacheReader.Damaged) in try input.choice(Role.self) }, contact: try input.optional())
        }
        let departments = try input.list { input throws(CacheReader.Damaged) in Department(id: try input.string(), name: try text(&input)) }
        let categories = try input.list { input throws(CacheReader.Damaged) in
            Category(id: try input.string(), name: try text(&input), department: try input.optional())
        }
        let buildings = try input.strings()
        let titles = Dictionary(try input.list { input throws(CacheReader.Damaged) in (try input.choice(Role.self), try text(&input)) },
                                uniquingKeysWith: { first, _ in first })
        let shifts = try input.list { input throws(CacheReader.Damaged) in
            let role = try input.choice(Role.self)
            let days: DutyShift.Days = try input.bool()
                ? .date(try date(&input))
                : .weekly(Set(try input.list { input throws(CacheReader.Damaged) in try input.choice(Weekday.self) }), holidays: try input.bool())
            return DutyShift(role: role, days: days, from: try clock(&input), to: try clock(&input), staffID: try input.string())
        }
        return Organization(name: name, calendar: calendar, rules: rules, staff: staff, departments: departments, categories: categories,
                            buildings: buildings, titles: RoleTitles(overriding: titles), rota: DutyRota(shifts))
    }

    // MARK: Small values

    private static func text(_ text: LocalizedText, _ out: inout CacheWriter) {
        out.string(text.zhHant)
        out.string(text.zhHans)
        out.string(text.en)
    }

    private static func text(_ input: inout CacheReader) throws(CacheReader.Damaged) -> LocalizedText {
        LocalizedText(zhHant: try input.string(), zhHans: try input.string(), en: try input.string())
    }

    private static func phrase(_ out: inout CacheWriter, _ phrase: Guideline.Phrase) {
        out.string(phrase.purpose.rawValue)
        text(phrase.spoken, &out)
        out.optional(phrase.written)
    }

    private static func phrase(_ input: inout CacheReader) throws(CacheReader.Damaged) -> Guideline.Phrase {
        Guideline.Phrase(purpose: try input.choice(PhrasePurpose.self), spoken: try text(&input), written: try input.optional())
    }

    private static func clock(_ time: ClockTime, _ out: inout CacheWriter) {
        out.int(time.hour)
        out.int(time.minute)
    }

    private static func clock(_ input: inout CacheReader) throws(CacheReader.Damaged) -> ClockTime {
        ClockTime(hour: try input.int(), minute: try input.int())
    }

    private static func date(_ day: LocalDate, _ out: inout CacheWriter) {
        out.int(day.year)
        out.int(day.month)
        out.int(day.day)
    }

    private static func date(_ input: inout CacheReader) throws(CacheReader.Damaged) -> LocalDate {
        LocalDate(year: try input.int(), month: try input.int(), day: try input.int())
    }
}
