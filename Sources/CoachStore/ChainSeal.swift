import Crypto
import Foundation

/// The office's key, kept outside the database (`COACH_KEY_FILE`): with it each transcript event
/// is sealed with HMAC-SHA-256, so someone who holds only the database cannot forge a chain.
public struct ChainSeal: Sendable {
    /// The key's bytes (swift-crypto's SymmetricKey is not Sendable here).
    let key: [UInt8]

    /// A key shorter than this is refused: it could be guessed.
    static let minimumBytes = 32

    /// Reads the key file: at least 32 bytes, readable by its owner alone.
    public init(keyFile path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .badKeyFile(path: path, reason: String(cString: strerror(errno))) }
        guard info.st_mode & 0o077 == 0 else {
            throw .badKeyFile(path: path, reason: "others can read it (chmod 600 \(path))")
        }
        guard info.st_size <= 4096, let data = FileManager.default.contents(atPath: path) else {
            throw .badKeyFile(path: path, reason: "it cannot be read, or is larger than 4096 bytes")
        }
        guard data.count >= Self.minimumBytes else {
            throw .badKeyFile(path: path, reason: "it holds \(data.count) bytes; a key needs at least \(Self.minimumBytes) (e.g. head -c 32 /dev/urandom > \(path))")
        }
        key = [UInt8](data)
    }

    /// The seal of one message, as lowercase hex.
    func code(_ message: String) -> String {
        ChainHash.hex(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: key)))
    }
}
