import ComplaintDomain

/// What Tab offers at the desk once a case or an action is typed, so it offers only what applies
/// where the case stands: after a case number, the actions its stage allows; after an action, the
/// cases it applies to now; after both, what that action takes (departments, `--via`, a score…).
/// Keyed by the words before the one being typed, in lower case (see `LinePrompt.following`).
public enum DeskCompletion {
    public static func following(_ files: [CaseFile], organization: Organization) -> [[String]: [String]] {
        var table: [[String]: [String]] = [:]
        var casesFor: [CaseAction: [String]] = [:]
        let words = CaseRequest.actionWords
        for file in files where !file.record.isTraining {
            let number = file.record.caseNumber.description
            let allowed = file.progress.allowedActions.filter { $0 != .receive }
            var offered: [String] = []
            for action in allowed {
                // A call that did not reach the caller is `follow-up … --not-reached`: one word for both.
                let word = String(CaseRequest.word(for: action).prefix { $0 != " " })
                if !offered.contains(word) { offered.append(word) }
                casesFor[action, default: []].append(number)
            }
            table[[number]] = offered
            for (word, action) in words {
                let arguments = allowed.contains(action) ? Self.arguments(action, organization) : []
                table[[number, word]] = arguments
                table[[word, number]] = arguments
            }
        }
        for (word, action) in words {
            table[[word]] = casesFor[action] ?? []
        }
        let open = files.filter { !$0.record.isTraining }.map(\.record.caseNumber.description)
        table[["case"]] = open
        table[["review"]] = open
        table[["--via"]] = ReplyChannel.allCases.map(\.rawValue)
        return table
    }

    /// What an action takes after the case number.
    static func arguments(_ action: CaseAction, _ organization: Organization) -> [String] {
        switch action {
        case .dispatch, .assign: organization.departments.map(\.id)
        case .reply: ["--via", "--reason"]
        case .followUp, .followUpMissed: [CaseRequest.notReached, "1", "2", "3", "4", "5"]
        case .file: ["--integrity"]
        case .receive, .propose, .approve, .escalate, .recordFeedback: []
        }
    }
}
