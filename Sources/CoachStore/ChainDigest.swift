/// One digest of every case's chain as it stood at a moment (the transcript's row `watermark`),
/// printed by `coach verify --digest` and on every month's report. Kept outside the database (the
/// manager's copy of the report), it later proves that the history up to then was not
/// rewritten: `coach verify --against DIGEST` recomputes it from the events written up to the
/// watermark.
public struct ChainDigest: Sendable, Equatable, CustomStringConvertible {
    public var watermark: Int64
    public var hex: String
    /// Sealed with the office's key (an HMAC), not a plain SHA-256.
    public var keyed: Bool

    public init(watermark: Int64, hex: String, keyed: Bool) {
        self.watermark = watermark
        self.hex = hex
        self.keyed = keyed
    }

    /// `coach1-1234-<64 hex>`, or `coach1k-…` when keyed.
    public var description: String {
        "\(keyed ? "coach1k" : "coach1")-\(watermark)-\(hex)"
    }

    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "coach1" || parts[0] == "coach1k", let watermark = Int64(parts[1]), watermark >= 0,
              parts[2].count == 64, parts[2].allSatisfy({ $0.isHexDigit && !$0.isUppercase })
        else { return nil }
        self.init(watermark: watermark, hex: String(parts[2]), keyed: parts[0] == "coach1k")
    }
}
