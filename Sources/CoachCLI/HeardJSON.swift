import Foundation
import Training

/// One heard line as one line of JSON, keys in a fixed order:
/// `{"text": …, "acts": [raw values in SpeechAct's order], "evidence": {act: example}, "out_of_place": [acts]}`.
enum HeardJSON {
    static func line(_ text: String, _ heard: Heard) -> String {
        let acts = heard.ordered
        let evidence = acts.map { "\(string($0.rawValue)): \(string(heard.acts[$0] ?? ""))" }
        let outOfPlace = acts.filter(heard.outOfPlace.contains)
        return "{\"text\": \(string(text)), \"acts\": [\(acts.map { string($0.rawValue) }.joined(separator: ", "))], "
            + "\"evidence\": {\(evidence.joined(separator: ", "))}, "
            + "\"out_of_place\": [\(outOfPlace.map { string($0.rawValue) }.joined(separator: ", "))]}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    private static func string(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }
}
