import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lines from an old terminal or a pasted file in Hong Kong's legacy encodings, read through
/// the C library's iconv: Big5-HKSCS first (Traditional Chinese, Hong Kong), then GB18030
/// (Simplified). Only a line every byte of which converts counts as read.
enum LegacyText {
    static let encodings = ["BIG5-HKSCS", "GB18030"]

    /// The text and the encoding it was read in, or nil when none reads it whole.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String)? {
        for encoding in encodings {
            if let text = convert(bytes, from: encoding) { return (text, encoding) }
        }
        return nil
    }

    private static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
