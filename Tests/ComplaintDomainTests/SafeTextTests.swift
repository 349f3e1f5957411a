import Testing
import TextSafety

/// Typed text made safe to show: whole escape sequences go, and one left unfinished takes only
/// its own introducer, never the words after it.
@Suite struct SafeTextTests {
    @Test(arguments: [
        ("\u{1B}[31m紅色\u{1B}[0m", "紅色"),
        ("before \u{1B}]0;title\u{07}after", "before after"),
        ("before \u{1B}]0;title\u{1B}\\after", "before after"),
        ("tab\there", "tab here"),
        ("bell\u{07} nul\u{0} del\u{7F}", "bell nul del"),
        ("rtl \u{202E}olleh", "rtl olleh"),
        // Unfinished: the text after the introducer stays.
        ("9123\u{1B}[ 4567 漏水", "91234567 漏水"),
        ("9123\u{1B}[12 4567 漏水", "91234567 漏水"),
        ("\u{1B}[漏水", "漏水"),
        ("\u{1B}]0;no end 之後的字", "0;no end 之後的字"),
        ("end \u{1B}", "end "),
        ("\u{1B}廚房", "廚房"),
    ])
    func cleaned(_ typed: String, _ shown: String) {
        #expect(SafeText.clean(typed) == shown)
    }

    @Test func oneLine() {
        #expect(SafeText.line("第一行\n第二行") == "第一行 第二行")
        // A line break that a combining mark follows is one too (Foundation's replacing passed over it).
        #expect(Array(SafeText.line("第一行\n\u{31C}第二行").unicodeScalars) == Array("第一行 \u{31C}第二行".unicodeScalars))
    }
}
