import ComplaintDomain
import Foundation

/// A file written with `-o` (a review, a report). It holds names and telephone numbers, so:
/// it is created 0600; an existing file is replaced only with `--force`; the database and the
/// files beside it (`-wal`, `-shm`, `-journal`, the turn journal) are never written over, not
/// even with `--force`, however the path names them (compared as resolved real paths, and as
/// the same file for a hard link); and it is written whole to a temporary file in the same
/// folder, fsync-ed and then given its name, so a crash never leaves half an export.
struct ExportFile {
    /// Where the export goes, as given.
    let path: String
    /// Replace an existing file.
    let force: Bool
    /// The database the command has open.
    let database: String
    /// The language of the refusals.
    let language: Language

    /// Refuses, before anything is worked out, a path the export may not be written to.
    func check() throws {
        if let protected = protectedMatch() {
            throw Failure(language.pick("\(path) 是資料庫（\(protected)），匯出永不寫在它上面，加 --force 也不會：請另選檔案。",
                                        "\(path) 是数据库（\(protected)），导出永不写在它上面，加 --force 也不会：请另选文件。",
                                        "\(path) is the database or a file beside it (\(protected)); an export is never written there, "
                                            + "not even with --force: choose another file"))
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(language.pick("\(path) 是資料夾：請用 -o 給一個檔案名稱。", "\(path) 是文件夹：请用 -o 给一个文件名。",
                                        "\(path) is a folder: give a file name with -o"))
        }
        if !force {
            throw Failure(language.pick("\(path) 已存在：加 --force 取代它，或另選檔案。", "\(path) 已存在：加 --force 取代它，或另选文件。",
                                        "\(path) already exists: add --force to replace it, or choose another file"))
        }
    }

    /// Writes `text`, after `check()`; refuses again if the file appeared in the meantime.
    func write(_ text: String) throws {
        try check()
        let folder = Self.folder(of: path)
        let name = (path as NSString).lastPathComponent
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<10 {
            temporary = folder + "/." + name + ".coach-" + String(format: "%08x", UInt32.random(in: .min ... .max)) + ".tmp"
            fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(errno) }
        defer { unlink(temporary) }
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let code = errno
                close(fd)
                throw failure(code)
            }
            offset += n
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            throw failure(code)
        }
        close(fd)
        if force {
            guard rename(temporary, path) == 0 else { throw failure(errno) }
        } else if link(temporary, path) != 0 {
            // link never replaces a file: one made since check() is kept, and said so.
            let code = errno
            if code == EEXIST { try check() }
            guard [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS].contains(code), access(path, F_OK) != 0 else { throw failure(code) }
            guard rename(temporary, path) == 0 else { throw failure(errno) }
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }

    private func failure(_ code: Int32) -> Failure {
        Failure(language.pick("無法寫入 \(path)：", "无法写入 \(path)：", "cannot write \(path): ") + String(cString: strerror(code)))
    }

    /// The database, or the file beside it, that `path` is, if any.
    private func protectedMatch() -> String? {
        let target = Self.resolved(path)
        var targetInfo = stat()
        let exists = stat(path, &targetInfo) == 0
        for file in [database, database + "-wal", database + "-shm", database + "-journal", database + ".journal", database + ".journal.new"] {
            if Self.resolved(file) == target { return file }
            var info = stat()
            if exists, stat(file, &info) == 0, info.st_dev == targetInfo.st_dev, info.st_ino == targetInfo.st_ino { return file }
        }
        return nil
    }

    /// The real path: symbolic links and `..` resolved; for a file that does not exist yet, its
    /// folder's real path and its name.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let name = (path as NSString).lastPathComponent
        if let real = realpath(folder(of: path), nil) {
            defer { free(real) }
            return String(cString: real) + "/" + name
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).standardizingPath
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
