import Crypto
import Foundation

/// SHA-256 as lowercase hex, through swift-crypto: the hash of an unkeyed chain and of a digest.
enum ChainHash {
    static func hex(_ message: String) -> String {
        hex(SHA256.hash(data: Data(message.utf8)))
    }

    static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
