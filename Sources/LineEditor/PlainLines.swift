import Foundation

/// Lines read plainly when standard input is not a terminal. Each prompt and the line read
/// are echoed, so `coach intake < script.txt` prints a readable session.
public final class PlainLines: LineSource {
    public let isInteractive = false

    public init() {}

    public func read(_ prompt: LinePrompt) -> LineRead {
        write(prompt.plain)
        guard let line = Swift.readLine(strippingNewline: true) else {
            write("\n")
            return .endOfInput
        }
        let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
        write(text + "\n")
        return .line(text)
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func close() {}
}
