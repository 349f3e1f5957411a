import Foundation

/// Traditional characters read as Simplified ones, so an example written once in either script
/// hears a line in the other (門 and 门, 係 and 系). Only for comparing: what was said and what an
/// example says are never shown folded. ICU's Traditional-Simplified mapping turns one character
/// into one character, so a folded scalar stands where its original stood.
enum ScriptFold {
    private static let transform = StringTransform(rawValue: "Traditional-Simplified")

    /// The scalars with every Traditional character made Simplified; unchanged if ICU ever
    /// returned a different number of scalars (nothing could then be traced back).
    static func simplified(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: isHan) else { return scalars }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        guard let folded = String(view).applyingTransform(transform, reverse: false) else { return scalars }
        let result = Array(folded.unicodeScalars)
        return result.count == scalars.count ? result : scalars
    }

    /// A Chinese character: the unified ideographs and their extensions, and the compatibility block.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }
}
