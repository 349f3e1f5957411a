import Foundation

/// The history file is private from its first byte: its folder is made (or kept) 0700, and
/// each save writes a new file created 0600 with `O_EXCL` beside it, then renames it over the
/// old one — never a file created with the default mode and `chmod`-ed after, and never half
/// a history after a crash. (No fsync: a history lost in a power cut costs only Up-arrow recall.)
enum PrivateHistory {
    /// Makes the history's folder (0700) if missing, and takes group and other access away from
    /// it if it has any. False when there is no folder to write in.
    static func prepareFolder(for path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return true }
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { return false }
            if info.st_mode & 0o077 != 0, info.st_uid == geteuid() { _ = chmod(folder, info.st_mode & 0o700) }
            return true
        }
        // The parents as usual; the history's own folder 0700 from the start.
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        return mkdir(folder, 0o700) == 0 || errno == EEXIST
    }

    /// Saves through `save` (which writes a history to the path it is given) into a new private
    /// file, then puts it in place. False if anything failed; the old history is then untouched.
    @discardableResult
    static func save(to path: String, _ save: (String) -> Bool) -> Bool {
        guard prepareFolder(for: path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<10 {
            temporary = (folder.isEmpty ? "." : folder) + "/." + name + "-" + String(format: "%08x", UInt32.random(in: .min ... .max))
            fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { return false }
        close(fd)
        guard save(temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
