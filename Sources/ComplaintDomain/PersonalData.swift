/// Where a text names someone or somewhere that could identify them: a name (陳太, 我係陳大文,
/// Mrs Chan), a phone number, a unit (the caller's or a neighbour's), one of the estate's
/// buildings, an e-mail address, and any other run of three or more digits (a car plate, an ID,
/// a case number). Read with the same readers as the facts heard during a call, so a drill made
/// from a real case can replace each with a stand-in.
public struct PersonalData: Sendable {
    public enum Kind: Sendable, Equatable {
        case name, phone, unit, building, email, number
    }

    /// What was found: its kind, the value the readers make of it (`12樓C室`, `9123 4567`, `陳太`),
    /// and where it stands, in characters of the text.
    public struct Span: Sendable, Equatable {
        public var kind: Kind
        public var value: String
        public var range: Range<Int>
    }

    private let buildings: FactBuilding

    public init(buildings: [String]) {
        self.buildings = FactBuilding(buildings: buildings)
    }

    /// Every span in `text`, in order, none overlapping (the longer wins where two do); `known`
    /// names (the caller's as recorded, the staff's) are found wherever they stand.
    public func spans(in text: String, known: [String] = []) -> [Span] {
        let line = FactLine(text)
        guard line.count > 0 else { return [] }
        var found: [Span] = []
        func add(_ kind: Kind, _ candidates: [FactCandidate]) {
            found += candidates.map { Span(kind: kind, value: $0.value, range: $0.range) }
        }
        add(.unit, FactUnit.candidates(in: line, neighbours: true))
        add(.building, buildings.candidates(in: line))
        add(.phone, FactPhone.candidates(in: line))
        add(.name, FactName.candidates(in: line))
        let characters = line.typed
        for name in known where name.count >= 2 {
            let pattern = Array(name)
            var i = 0
            while i + pattern.count <= characters.count {
                if Array(characters[i..<(i + pattern.count)]) == pattern {
                    found.append(Span(kind: .name, value: name, range: i..<(i + pattern.count)))
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        found += Self.emails(characters) + Self.englishNames(characters)
        let chosen = Self.apart(found)
        return Self.apart(chosen + Self.digitRuns(characters).filter { run in !chosen.contains { $0.range.overlaps(run.range) } })
    }

    /// The surname a Chinese name starts with (歐陽 of 歐陽志明, 陳 of 陳大文, 陳 of 陈太), if known.
    public static func surname(of name: String) -> String? {
        let line = FactLine(name)
        return FactSurnames.chinese.length(in: line, at: 0).map { String(name.prefix($0)) }
    }

    /// Whether a romanised word is a surname common in Hong Kong (Chan, Wong).
    public static func isRomanisedSurname(_ word: String) -> Bool {
        FactSurnames.romanised.contains(word.lowercased())
    }

    /// Spans in order with no two overlapping: at each start, the longest; a span inside or
    /// across one already taken is dropped.
    static func apart(_ spans: [Span]) -> [Span] {
        let ordered = spans.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var taken: [Span] = []
        for span in ordered where !taken.contains(where: { $0.range.overlaps(span.range) }) {
            taken.append(span)
        }
        return taken
    }

    /// A capitalised word before a romanised surname (Peter Chan), which the fact readers take for
    /// a name only after "my name is".
    static func englishNames(_ characters: [Character]) -> [Span] {
        var words: [(text: String, range: Range<Int>)] = []
        var i = 0
        while i < characters.count {
            guard characters[i].isASCII, characters[i].isLetter else { i += 1; continue }
            var j = i
            while j < characters.count, characters[j].isASCII, characters[j].isLetter { j += 1 }
            words.append((String(characters[i..<j]), i..<j))
            i = j
        }
        var spans: [Span] = []
        for (first, second) in zip(words, words.dropFirst())
        where first.text.first!.isUppercase && second.text.first!.isUppercase && second.range.lowerBound == first.range.upperBound + 1
            && characters[first.range.upperBound] == " " && isRomanisedSurname(second.text) && !FactName.notAName(first.text) {
            spans.append(Span(kind: .name, value: first.text + " " + second.text, range: first.range.lowerBound..<second.range.upperBound))
        }
        return spans
    }

    /// Runs of three or more digits (ASCII or full width).
    static func digitRuns(_ characters: [Character]) -> [Span] {
        func isDigit(_ c: Character) -> Bool { c.isASCIIDigit || ("０"..."９").contains(c) }
        var runs: [Span] = []
        var i = 0
        while i < characters.count {
            guard isDigit(characters[i]) else { i += 1; continue }
            var j = i
            while j < characters.count, isDigit(characters[j]) { j += 1 }
            if j - i >= 3 { runs.append(Span(kind: .number, value: String(characters[i..<j]), range: i..<j)) }
            i = j
        }
        return runs
    }

    /// `name@host.domain`: letters, digits and `._%+-` either side of one @, a dot after it.
    static func emails(_ characters: [Character]) -> [Span] {
        func isPart(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c)) }
        var spans: [Span] = []
        for (at, c) in characters.enumerated() where c == "@" {
            var start = at, end = at + 1
            while start > 0, isPart(characters[start - 1]) { start -= 1 }
            while end < characters.count, isPart(characters[end]) { end += 1 }
            let host = characters[(at + 1)..<end]
            if start < at, host.contains("."), host.last != "." {
                spans.append(Span(kind: .email, value: String(characters[start..<end]), range: start..<end))
            }
        }
        return spans
    }
}
