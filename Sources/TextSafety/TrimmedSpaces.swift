import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`: Foundation is asked only when the text starts or
    /// ends with a scalar that may be white space. Most typed lines do not, and its search cost
    /// tens of thousands of instructions, twice on every line.
    public func trimmingSpaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.maySpace(first.value) || Self.maySpace(last.value) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// Every space or tab (Unicode's Zs and U+0009) says yes; so does anything but printable ASCII
    /// and Chinese ideographs or CJK punctuation, which are never white space.
    private static func maySpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x21...0x7E, 0x3001...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF: false
        default: true
        }
    }
}
