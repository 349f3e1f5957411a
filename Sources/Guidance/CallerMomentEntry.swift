import Training

/// One entry of a scenario's `moments:` list: when it comes and what the caller does.
enum CallerMomentEntry {
    static func read(_ value: YAMLValue, facts: [String]) throws(GuidanceError) -> CallerMoment {
        let map = try value.mapping()
        try map.allowOnly(["at", "after", "gift", "manager", "compensation"])
        let when: CallerMoment.When
        switch (map.optional("at"), map.optional("after")) {
        case (let at?, nil):
            when = .at(try at.number(in: 0...3600))
        case (nil, let after?):
            let word = try after.string()
            if word == "opening" {
                when = .afterOpening
            } else if word == "promise" {
                when = .afterPromise
            } else if word.hasPrefix("fact:"), facts.contains(String(word.dropFirst(5))) {
                when = .afterFact(String(word.dropFirst(5)))
            } else {
                let known = (["opening", "promise"] + facts.map { "fact:\($0)" }).joined(separator: ", ")
                throw after.error("unknown moment \"\(word)\"; expected one of: \(known)")
            }
        case (_?, _?):
            throw value.error("give either at: SECONDS or after: …, not both")
        case (nil, nil):
            throw value.error("missing key \"at\" or \"after\"")
        }
        let kinds = ["gift", "manager", "compensation"].compactMap { name in map.optional(name).map { (name, $0) } }
        guard kinds.count == 1, let (name, body) = kinds.first else {
            throw value.error("give exactly one of: gift, manager, compensation")
        }
        switch name {
        case "gift": return CallerMoment(when: when, kind: .gift(try gift(body)))
        case "manager": return CallerMoment(when: when, kind: .manager(try demand(body)))
        default: return CallerMoment(when: when, kind: .compensation(try demand(body)))
        }
    }

    static func gift(_ value: YAMLValue) throws(GuidanceError) -> CallerMoment.Gift {
        let g = try value.mapping()
        try g.allowOnly(["offer", "after_decline", "after_accept"])
        return CallerMoment.Gift(offer: try g.require("offer").string(), afterDecline: try g.require("after_decline").string(),
                           afterAccept: try g.require("after_accept").string())
    }

    static func demand(_ value: YAMLValue) throws(GuidanceError) -> CallerMoment.Demand {
        let d = try value.mapping()
        try d.allowOnly(["says", "after_good", "after_bad"])
        return CallerMoment.Demand(says: try d.require("says").string(), afterGood: try d.require("after_good").string(),
                             afterBad: try d.require("after_bad").string())
    }
}
