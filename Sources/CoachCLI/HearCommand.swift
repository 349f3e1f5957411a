import ArgumentParser
import CoachText
import Foundation
import LineEditor
import TextSafety
import Training

/// `coach hear`: how lines said to a caller are heard, for scenario authors and trainers who add
/// examples to guidance/phrases and want to see what a line will do in training.
struct HearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hear",
        abstract: "Show how a line said to a caller is heard: its speech acts and the example behind each.",
        discussion: """
            The words given are heard as one line; without any, each line of standard input is heard in \
            turn (end with Ctrl-D). Acts: acknowledge, empathy, apology, ownership, promise, question, \
            excuse, blame, argue, pass_the_buck, accept_gift, decline_gift; a line with none is neutral. \
            The examples are in guidance/phrases/ (zh-Hant.yaml explains how lines are matched).
            With --json, one object per line: {"text", "acts", "evidence": {act: example}, "out_of_place"}.
            Context: --gift-offered (a gift is on offer) or --no-gift-offered (none was: declining or \
            accepting one is out of place); --suggestion (an apology is out of place).
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "One JSON object per line.")
    var json = false

    @Flag(inversion: .prefixedNo, help: "Whether a gift is on offer (default: not known).")
    var giftOffered: Bool?

    @Flag(inversion: .prefixedNo, help: "Whether the call is a suggestion (default: not known).")
    var suggestion: Bool?

    @Argument(help: "The line to hear (after --, it may start with -).")
    var text: [String] = []

    func run() throws {
        let (catalogue, _) = try options.loadGuidance()
        let speech = try options.loadTraining(catalogue).speech
        let context = HearingContext(giftOffered: giftOffered, suggestion: suggestion)
        let presenter = Presenter(interactive: isatty(STDOUT_FILENO) == 1, environment: options.environment)
        let words = HeardText(language: options.language)
        func show(_ raw: String) {
            // What is heard and shown is what was typed without escape sequences or control characters.
            let line = SafeText.line(raw)
            let heard = speech.hear(line, context: context)
            let out = json ? HeardJSON.line(line, heard) : words.lines(line, heard).map(presenter.render).joined(separator: "\n")
            FileHandle.standardOutput.write(Data((out + "\n").utf8))
        }
        if !text.isEmpty {
            show(text.joined(separator: " "))
            return
        }
        var input = InputLines()
        while let read = input.next() {
            switch read {
            case .line(let line):
                show(line)
            case .undecodable(let line, _, let encoding):
                // Said on standard error, so that standard output stays one answer a line.
                FileHandle.standardError.write(Data(("coach: " + words.notUTF8(read: encoding) + "\n").utf8))
                show(line)
            case .interrupted, .endOfInput:
                return
            }
        }
    }
}
