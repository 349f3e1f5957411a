import Foundation

/// The files a catalogue is read from, each kept as it was read — its path, and the size and a
/// digest of its bytes, or that it was not there — so that a cache of the catalogue can tell
/// later whether any of them has changed. The loader reads every file through this, so what is
/// kept is exactly what was parsed.
final class GuidanceInputs {
    struct Input: Equatable {
        let path: String
        /// Nil for a file that was not there.
        let size: Int?
        let digest: UInt64
    }

    private(set) var inputs: [Input] = []

    /// A file's bytes, as `GuidanceLoader.contents` reads them, kept.
    func contents(of url: URL, limit: Int) throws(GuidanceError) -> Data {
        let data = try GuidanceLoader.contents(of: url, limit: limit)
        inputs.append(Self.input(url.path, data))
        return data
    }

    /// Whether a file is there, kept when it is not.
    func exists(_ url: URL) -> Bool {
        let exists = FileManager.default.fileExists(atPath: url.path)
        if !exists { inputs.append(Input(path: url.path, size: nil, digest: 0)) }
        return exists
    }

    /// The file's bytes when `input` is as it was (no bytes for a file still not there); nil
    /// when it has changed.
    static func unchanged(_ input: Input, limit: Int) -> Data? {
        guard input.size != nil else { return FileManager.default.fileExists(atPath: input.path) ? nil : Data() }
        guard let data = try? GuidanceLoader.contents(of: URL(fileURLWithPath: input.path), limit: limit),
              self.input(input.path, data) == input
        else { return nil }
        return data
    }

    private static func input(_ path: String, _ data: Data) -> Input {
        Input(path: path, size: data.count, digest: data.withUnsafeBytes { digest($0) })
    }

    /// FNV-1a, 64 bits: a change to a file, or damage to the cache, is told from its digest
    /// with a chance of 2⁻⁶⁴ of being missed, and hashing costs a fraction of SHA-256's at each
    /// start. Nothing here is a secret to keep or a forgery to stop: who can write these files
    /// can write the guidance.
    static func digest(_ bytes: some Sequence<UInt8>) -> UInt64 {
        // Over the bytes in memory: Data's own iterator costs several times more per byte.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
