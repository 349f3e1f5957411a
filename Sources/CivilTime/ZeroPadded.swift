extension Int {
    /// The number in decimal, zero-padded to `width` characters as printf's `%0Nd` pads it (the
    /// sign counts in the width). Dates and times are written this way on every screen: through
    /// Foundation's `String(format:)` each call also looks its arguments' types up at run time.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let sign = self < 0 ? "-" : ""
        return sign + String(repeating: "0", count: Swift.max(0, width - sign.count - digits.count)) + digits
    }
}
