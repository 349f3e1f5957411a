import ComplaintDomain

/// guidance/regulation.yaml: the nine articles, each once.
enum RegulationFile {
    static func read(_ root: YAMLValue) throws(GuidanceError) -> [RegulationArticle] {
        let top = try root.mapping()
        try top.allowOnly(["articles"])
        var articles: [RegulationArticle] = []
        for entry in try top.require("articles").list() {
            let map = try entry.mapping()
            try map.allowOnly(["number", "key", "title", "text"])
            let numberValue = try map.require("number")
            let number = try numberValue.int(in: 1...9)
            if articles.contains(where: { $0.number == number }) {
                throw numberValue.error("article \(number) is given twice")
            }
            articles.append(RegulationArticle(number: number, key: try map.require("key").string(),
                                              title: try map.localized("title"), text: try map.localized("text")))
        }
        let missing = Set(1...9).subtracting(articles.map(\.number)).sorted()
        if !missing.isEmpty {
            throw try top.require("articles").error("missing article(s) \(missing.map(String.init).joined(separator: ", ")); all nine are required")
        }
        return articles.sorted { $0.number < $1.number }
    }
}
