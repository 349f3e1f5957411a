import CivilTime
import ComplaintDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The catalogue kept between runs, so that a start does not parse and check the guidance's
/// YAML again when nothing in it has changed: that was most of the time to the first prompt.
/// It is used only when this very program made it, from the same folder, from files whose bytes
/// are still the same (and the same zoneinfo file); anything else — a changed, added or removed
/// file, another build, a damaged or missing cache — and the guidance is read and checked as
/// `GuidanceLoader.load` does, with the same file:line:column errors, and kept again when good.
/// The cache is private to the user (0600) and written whole or not at all (renamed into place).
public enum GuidanceCache {
    /// The catalogue in `directory`. `folder` is where caches are kept (nil: none is used);
    /// `program` says which build this is (`programStamp`; empty: none is used).
    public static func load(from directory: URL, folder: URL?, program: String) throws(GuidanceError) -> GuidanceCatalogue {
        guard let folder, !program.isEmpty else { return try GuidanceLoader.load(from: directory) }
        let file = folder.appendingPathComponent(name(for: directory))
        let key = Key(program: program, directory: directory.path, zones: ZoneInfo.directory(), inputs: [])
        if let catalogue = cached(file, key) { return catalogue }
        let inputs = GuidanceInputs()
        let catalogue = try GuidanceLoader.load(from: directory, inputs: inputs)
        save(catalogue, Key(program: key.program, directory: key.directory, zones: key.zones, inputs: inputs.inputs), to: file)
        return catalogue
    }

    /// Where caches are kept: $XDG_CACHE_HOME/coach, else ~/.cache/coach; nil with neither.
    public static func folder(environment: [String: String]) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("coach")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/coach")
    }

    /// This program as built — the running file's size, modification time and inode, and the
    /// cache's format — so that a cache another build made is never read: the catalogue's types
    /// may differ. Empty where the running file cannot be found, and then no cache is used.
    public static func programStamp() -> String {
        #if os(Linux)
        // The link's target, then its file: what runs it (valgrind, say) is not the program.
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        var info = stat()
        guard readlink("/proc/self/exe", &path, Int(PATH_MAX)) > 0, stat(path, &info) == 0 else { return "" }
        return "\(format) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_dev) \(info.st_ino)"
        #else
        return ""
        #endif
    }

    /// The file's first line; change it when what follows is written differently.
    static let format = "coach-guidance-cache 1"

    /// What a cache is good for: the program, the folder, where zone files are, and the files
    /// read, as they were.
    struct Key {
        let program: String
        let directory: String
        let zones: String
        let inputs: [GuidanceInputs.Input]

        func write(to out: inout CacheWriter) {
            out.string(program)
            out.string(directory)
            out.string(zones)
            out.list(inputs) { out, input in
                out.string(input.path)
                out.bool(input.size != nil)
                out.int(input.size ?? 0)
                out.raw(digestBytes(input.digest))
            }
        }

        static func read(_ input: inout CacheReader) throws(CacheReader.Damaged) -> Key {
            Key(program: try input.string(), directory: try input.string(), zones: try input.string(),
                inputs: try input.list { input throws(CacheReader.Damaged) in
                    let path = try input.string()
                    let present = try input.bool()
                    let size = try input.int()
                    return GuidanceInputs.Input(path: path, size: present ? size : nil, digest: digest(try input.raw(8)))
                })
        }
    }

    /// One cache per guidance folder, named by its path's digest.
    static func name(for directory: URL) -> String {
        "guidance-" + String(GuidanceInputs.digest(directory.path.utf8), radix: 16) + ".cache"
    }

    /// The file: its format line, the digest of the rest (8 bytes, little-endian), the key, then
    /// the catalogue (`CachedCatalogue`). Nil unless every part is there, whole and current.
    static func cached(_ file: URL, _ wanted: Key) -> GuidanceCatalogue? {
        let magic = Array((format + "\n").utf8)
        guard let data = try? GuidanceLoader.contents(of: file, limit: 16 << 20) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count > magic.count + 8, bytes.starts(with: magic),
              digestBytes(GuidanceInputs.digest(bytes[(magic.count + 8)...])).elementsEqual(bytes[magic.count..<(magic.count + 8)])
        else { return nil }
        var input = CacheReader(bytes, at: magic.count + 8)
        guard let key = try? Key.read(&input), key.program == wanted.program, key.directory == wanted.directory,
              key.zones == wanted.zones, !key.inputs.isEmpty
        else { return nil }
        var files: [String: Data] = [:]
        for file in key.inputs {
            guard let data = GuidanceInputs.unchanged(file, limit: GuidanceLoader.maximumFileSize) else { return nil }
            files[file.path] = data
        }
        // The zone's rules from the bytes just checked, as the loader made them from the same file.
        let zone = { (identifier: String) in
            files[URL(fileURLWithPath: key.zones + "/" + identifier).path].flatMap { ZoneRules(identifier: identifier, tzif: [UInt8]($0)) }
        }
        guard let catalogue = try? CachedCatalogue.read(&input, zone: zone), input.isAtEnd else { return nil }
        return catalogue
    }

    /// Keeps the catalogue, or nothing when it cannot be written: a cache is never needed.
    static func save(_ catalogue: GuidanceCatalogue, _ key: Key, to file: URL) {
        var out = CacheWriter()
        key.write(to: &out)
        CachedCatalogue.write(catalogue, to: &out)
        let bytes = Array((format + "\n").utf8) + digestBytes(GuidanceInputs.digest(out.bytes)) + out.bytes
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            written += count
        }
        close(fd)
        if written != bytes.count || rename(temporary.path, file.path) != 0 { unlink(temporary.path) }
    }

    private static func digestBytes(_ digest: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: digest >> ($0 * 8)) }
    }

    private static func digest(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
