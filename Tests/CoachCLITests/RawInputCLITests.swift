import Foundation
import Testing

/// What was typed is what is kept: a NUL byte, bytes in another encoding (Big5) and a broken
/// escape sequence reach the transcript exactly (the original bytes recoverable), are flagged,
/// shown neutralised, and hide nothing typed after them.
@Suite struct RawInputCLITests {
    typealias Desk = CaseLifeCLITests.Desk

    @Test func oddBytesAreKeptExactlyAndShownSafely() throws {
        let desk = try Desk()
        let big5: [UInt8] = [0xB4, 0xFA, 0xB8, 0xD5]  // 測試 in Big5
        // The caller's account, odd bytes and all; then the number at its own question (`:contact`
        // goes there and comes back), the rest as `:FIELD VALUE`, so the case is received (and its
        // lines indexed for search).
        var script = Data(big5) + Data(" big5\n".utf8)
        script += Data([0xFF, 0xFE, 0x41]) + Data(" stray\n".utf8)
        script += Data("漏水\u{1B}[ 樓上\u{1B}]0;x 仲有\n".utf8)
        script += Data(":contact\n9123".utf8) + Data([0]) + Data(" 4567\n".utf8)
        script += Data([":name 陳大文", ":standing owner", ":building A座", ":unit 12B", ":where lobby", ":since last night",
                        ":wants fixed today", ":cause nobody told", ":kind c", ":nature o", ":category water", ":done", "y"]
            .joined(separator: "\n").utf8) + Data("\n".utf8)
        let result = try CoachProcess.run(["--guidance", desk.guidance.path, "--db", desk.db, "--lang", "en", "--staff", "chan.mw"],
                                          input: script, environment: desk.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("That line was not UTF-8: it was read as BIG5-HKSCS"), "flagged on screen: \(result.stdout)")
        #expect(result.stdout.contains("not valid text"), "bytes no encoding reads are flagged too")
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B }, "no escape reaches the screen")

        // The NUL is in the typed event, exactly.
        let contact = try desk.value("SELECT payload FROM transcript WHERE kind = 'input' AND step = 'contact'")
        #expect(contact.contains(#""text":"9123\u0000 4567""#), "\(contact)")
        // The Big5 bytes are recoverable from the event after the line.
        let raw = try desk.value("SELECT json_extract(payload, '$.event.rawInput._0') FROM transcript WHERE payload LIKE '%rawInput%'")
        let raws = try desk.sqlite("SELECT json_extract(payload, '$.event.rawInput._0') FROM transcript WHERE payload LIKE '%rawInput%' ORDER BY seq")
            .stdout.split(separator: "\n").compactMap { Data(base64Encoded: String($0)).map([UInt8].init) }
        #expect(raws == [big5 + Array(" big5".utf8), [0xFF, 0xFE, 0x41] + Array(" stray".utf8)], "\(raw)")
        // A broken escape sequence hides nothing after it.
        let account = try desk.value("SELECT account FROM cases")
        #expect(account.contains("樓上") && account.contains("仲有"), "\(account)")
        #expect(account.contains("測試 big5"), "read as Big5-HKSCS: \(account)")
        #expect(!account.unicodeScalars.contains { $0.value == 0x1B })
        // Search finds what could be read, and the chain holds.
        let search = try desk.coach(["search", "4567"])
        #expect(search.status == 0 && search.stdout.contains("4567"), "\(search.stdout)\(search.stderr)")
        let chinese = try desk.coach(["search", "測試"])
        #expect(chinese.status == 0 && chinese.stdout.contains("big5"), "what came in Big5 is found: \(chinese.stdout)")
        let verify = try desk.coach(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
