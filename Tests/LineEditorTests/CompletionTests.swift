import Testing
@testable import LineEditor

@Suite struct CompletionTests {
    @Test func theWordIsWhatFollowsTheLastSpace() {
        #expect(Completion.word(before: ":guide 1") == "1")
        #expect(Completion.word(before: "電") == "電")
        #expect(Completion.word(before: "") == "")
    }

    @Test func candidatesMatchByPrefixIgnoringASCIICase() {
        let choices = ["phone", "Parking", "來電", "來人", ":help", ":back"]
        #expect(Completion.candidates(for: "p", in: choices) == ["phone", "Parking"])
        #expect(Completion.candidates(for: "來", in: choices) == ["來電", "來人"])
        #expect(Completion.candidates(for: ":h", in: choices) == [":help"])
        #expect(Completion.candidates(for: "x", in: choices).isEmpty)
    }

    @Test func theCommonPrefixNeverSplitsACharacter() {
        #expect(Completion.commonPrefix(["漏水及水務", "漏水"]) == "漏水")
        #expect(Completion.commonPrefix(["電梯", "電力及照明"]) == "電")
        #expect(Completion.commonPrefix(["困𨋢", "困人"]) == "困")
        #expect(Completion.commonPrefix([]) == "")
    }

    @Test func escapesInAPromptAreMarkedForLibedit() {
        #expect(TerminalEditor.markEscapes("\u{1B}[1m1/7\u{1B}[0m › ") == "\u{1}\u{1B}[1m\u{1}1/7\u{1}\u{1B}[0m\u{1} › ")
        #expect(TerminalEditor.markEscapes("plain") == "plain")
    }
}

@Suite struct FollowingCompletionTests {
    let following: [[String]: [String]] = [
        ["261201-001"]: ["dispatch"],
        ["approve"]: ["261201-002"],
        ["261201-001", "dispatch"]: ["engineering", "cleaning"],
        ["261201-002", "dispatch"]: [],
    ]
    let everything = ["cases", "approve", "dispatch", "261201-001", "261201-002", "engineering"]

    @Test func theLongestRunOfWordsBeforeTheCursorDecides() {
        #expect(Completion.choices(before: "261201-001 ", completions: everything, following: following) == ["dispatch"])
        #expect(Completion.choices(before: "case 261201-001 d", completions: everything, following: following) == ["dispatch"])
        #expect(Completion.choices(before: "261201-001 dispatch ", completions: everything, following: following) == ["engineering", "cleaning"])
        #expect(Completion.choices(before: "APPROVE 2612", completions: everything, following: following) == ["261201-002"])
        // An entry with nothing in it offers nothing, rather than everything.
        #expect(Completion.choices(before: "261201-002 dispatch ", completions: everything, following: following) == [])
    }

    @Test func withoutAnEntryTheWholeListIsOffered() {
        #expect(Completion.choices(before: "", completions: everything, following: following) == everything)
        #expect(Completion.choices(before: "ca", completions: everything, following: following) == everything)
        #expect(Completion.choices(before: "cases --stage ", completions: everything, following: following) == everything)
        #expect(Completion.choices(before: "261201-001 ", completions: everything, following: [:]) == everything)
    }
}
