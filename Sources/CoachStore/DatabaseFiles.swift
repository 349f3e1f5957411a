import Foundation
import GRDB

/// The database file's own safety: a new database appears whole or not at all, and an existing
/// one is kept private to its owner.
///
/// **Creation.** A new database is built in a temporary file in the same folder
/// (`.coach-new-XXXXXXXXXXXXXXXX.sqlite`, created 0600 with `O_EXCL`), migrated in full,
/// switched to WAL, closed (which checkpoints it: no `-wal` is needed), fsync-ed, and only then
/// given its name with `link(2)`, which never replaces a file: if another Coach created the
/// database meanwhile, ours is dropped and theirs is used. The folder is fsync-ed after. A kill
/// at any moment leaves either no database (and perhaps a temporary file) or a whole one. A
/// zero-length file at the path (left by a Coach before this one, or `touch`) is replaced the
/// same way, under an `flock` on it, so two Coaches never both replace it.
///
/// **Leftovers.** A temporary file from a creation that was killed has a name no database
/// uses, so it is never opened. The next Coach to open the folder's database for writing
/// removes the ones more than a minute old (`removeStaleBuilds`).
///
/// **Permissions.** A database, `-wal` or `-shm` that others may read or write (any group or
/// other bit) is tightened to its owner's bits when opened for writing (`makePrivate`), and
/// the change is reported to the caller, which says so once; a file that cannot be changed (not
/// ours) is refused with what to do.
enum DatabaseFiles {
    /// The start of a database being built; never a database's name.
    static let buildPrefix = ".coach-new-"
    /// How old a leftover build must be before it is removed (a build takes well under a second).
    static let staleAfter: TimeInterval = 60

    /// What `ensure` found or did.
    enum Outcome {
        /// This call put a new, fully migrated database at the path.
        case created
        /// A non-empty file is at the path (ours or not: the caller checks it).
        case existing
    }

    /// Makes sure something non-empty is at `path`: a new database built whole (see the type's
    /// notes) if nothing, or an empty file, is there.
    static func ensure(at path: String, seal: ChainSeal?) throws(StoreError) -> Outcome {
        // Another Coach creating, or replacing the empty file, at the same moment can make us
        // look again; three looks are plenty for two racing programs.
        for _ in 0..<3 {
            var info = stat()
            if stat(path, &info) != 0 {
                guard errno == ENOENT else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
                var entry = stat()
                if lstat(path, &entry) == 0 { throw .cannotOpen(path: path, reason: "it is a symbolic link to a file that does not exist") }
                if try create(at: path, seal: seal) { return .created }
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw .cannotOpen(path: path, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "it is a folder" : "it is not a regular file")
            }
            if info.st_size > 0 { return .existing }
            if try replaceEmpty(at: path, seal: seal) { return .created }
        }
        throw .cannotOpen(path: path, reason: "another program keeps changing the file; try again")
    }

    /// Builds a database beside `path` and links it there if nothing is there yet. False when
    /// another program's file appeared first (ours is dropped).
    private static func create(at path: String, seal: ChainSeal?) throws(StoreError) -> Bool {
        let built = try build(beside: path, seal: seal)
        defer { removeBuild(built) }
        if link(built, path) == 0 {
            syncFolder(of: path)
            return true
        }
        let failure = errno
        if failure == EEXIST { return false }
        // A file system without hard links: check, then rename (the only gap is this one).
        guard [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS].contains(failure) else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(failure)))
        }
        guard access(path, F_OK) != 0 else { return false }
        guard rename(built, path) == 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        syncFolder(of: path)
        return true
    }

    /// Replaces the empty file at `path` with a database built beside it, holding an `flock` on
    /// the empty file so that only one Coach replaces it. False when the file is no longer the
    /// empty one we locked (someone else replaced it, or wrote to it): look again.
    private static func replaceEmpty(at path: String, seal: ChainSeal?) throws(StoreError) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return false }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var locked = stat(), current = stat()
        guard fstat(fd, &locked) == 0, stat(path, &current) == 0,
              locked.st_dev == current.st_dev, locked.st_ino == current.st_ino, current.st_size == 0
        else { return false }
        let built = try build(beside: path, seal: seal)
        defer { removeBuild(built) }
        guard rename(built, path) == 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        syncFolder(of: path)
        return true
    }

    /// A complete, checkpointed, fsync-ed database in a new temporary file (0600) in `path`'s folder.
    private static func build(beside path: String, seal: ChainSeal?) throws(StoreError) -> String {
        let folder = folderOf(path)
        var name = ""
        var fd: Int32 = -1
        for _ in 0..<10 {
            name = folder + "/" + buildPrefix + String(format: "%016llx", UInt64.random(in: .min ... .max)) + ".sqlite"
            fd = open(name, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: "cannot create a file in \(folder): \(String(cString: strerror(errno)))") }
        close(fd)
        do {
            var configuration = Configuration()
            configuration.label = "coach-new"
            // Nothing here needs to survive a crash until the file is whole and fsync-ed below: a
            // build cut short is a leftover, never a database.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
            }
            let queue = try DatabaseQueue(path: name, configuration: configuration)
            try Schema.migrator(seal: seal).migrate(queue)
            // WAL from the start, as a pool would make it; closing the only connection
            // checkpoints it and removes the -wal and -shm.
            let mode = try queue.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") }
            guard mode?.lowercased() == "wal" else {
                throw StoreError.cannotOpen(path: path, reason: "SQLite did not switch the new database to WAL")
            }
            try queue.close()
            let file = open(name, O_RDONLY | O_CLOEXEC)
            guard file >= 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            defer { close(file) }
            guard fsync(file) == 0 else { throw StoreError.cannotOpen(path: path, reason: "fsync: \(String(cString: strerror(errno)))") }
        } catch {
            removeBuild(name)
            throw CoachStore.storeError(error, path: path)
        }
        return name
    }

    /// Removes a build's file and anything SQLite left beside it.
    private static func removeBuild(_ name: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(name + suffix) }
    }

    /// Removes what killed builds left in `path`'s folder, when more than `staleAfter` old. A
    /// build that did reach its name was linked there: removing the leftover name removes
    /// nothing else.
    static func removeStaleBuilds(beside path: String, now: Date = Date()) {
        let folder = folderOf(path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(buildPrefix) {
            let full = folder + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let modified = attributes[.modificationDate] as? Date else { continue }
            if now.timeIntervalSince(modified) > staleAfter { unlink(full) }
        }
    }

    /// Clears the group and other bits of the database and its `-wal` and `-shm` (0644 becomes
    /// 0600); returns what was changed. Refuses a file whose mode cannot be changed.
    static func makePrivate(_ path: String) throws(StoreError) -> [PermissionChange] {
        var changes: [PermissionChange] = []
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0 else { continue }
            let mode = Int(info.st_mode & 0o7777)
            guard mode & 0o077 != 0 else { continue }
            let tightened = mode & 0o700
            guard chmod(file, mode_t(tightened)) == 0 else {
                throw .notPrivate(path: file, mode: mode, reason: String(cString: strerror(errno)))
            }
            changes.append(PermissionChange(path: file, from: mode, to: tightened))
        }
        return changes
    }

    /// Creates the folder (0700) when missing.
    static func makeFolder(for path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create the folder \(folder)")
        }
        syncFolder(of: folder)
    }

    static func folderOf(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Makes a new name in the folder durable.
    static func syncFolder(of path: String) {
        let fd = open(folderOf(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

/// A file of the database that others could read, made private when opened for writing.
public struct PermissionChange: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var from: Int
    public var to: Int

    public var description: String {
        "\(path) could be read by others (mode \(String(format: "%04o", from))); it is now \(String(format: "%04o", to)), for its owner only"
    }
}
