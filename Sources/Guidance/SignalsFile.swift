import ComplaintDomain

/// guidance/signals.yaml: what a caller's words may show, each signal once, with the words that
/// show it, the words that look alike but say the opposite, its cue, its phrase and its guideline.
enum SignalsFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> SignalLexicon {
        let top = try root.mapping()
        try top.allowOnly(["signals"])
        var signals: [CallerSignal] = []
        for entry in try top.require("signals").list() {
            let map = try entry.mapping()
            try map.allowOnly(["key", "guideline", "terms", "except", "shouting", "cue", "phrase"])
            let keyValue = try map.require("key")
            let key = try keyValue.string()
            if signals.contains(where: { $0.key == key }) { throw keyValue.error("signal \"\(key)\" is given twice") }
            signals.append(CallerSignal(
                key: key,
                guideline: try map.require("guideline").int(in: 1...12),
                terms: try map.require("terms").terms(required: true),
                exceptions: try map.optional("except")?.terms(required: false) ?? [],
                hearsShouting: try map.optional("shouting")?.bool() ?? false,
                cue: try map.localized("cue"),
                phrase: try map.require("phrase").phrase()))
        }
        return SignalLexicon(signals)
    }
}
