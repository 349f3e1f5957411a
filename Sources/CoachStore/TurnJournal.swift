import Foundation

/// Turns the database could not take when they were typed, kept in a file beside it (0600),
/// each appended and fsync-ed before the next prompt, so an acknowledged line survives a locked
/// database, a full disk for the database's pages, a closed terminal or `kill -9`. Each line is
/// one turn as JSON with an id; `CoachStore.replayJournal` writes them in order, once each.
public struct TurnJournal: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// One kept turn.
    public struct Entry: Codable, Sendable {
        public var id: String
        public var turn: IntakeTurn
    }

    public enum JournalError: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "cannot write the journal \(path): \(reason)"
            }
        }
    }

    /// Appends a turn and waits until it is on disk.
    public func append(_ turn: IntakeTurn) throws(JournalError) -> Entry {
        let entry = Entry(id: UUID().uuidString, turn: turn)
        var line: Data
        do { line = try JSONEncoder().encode(entry) } catch { throw .cannotWrite(path: path, reason: "\(error)") }
        line.append(UInt8(ascii: "\n"))
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(fd) == 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return entry
    }

    /// The kept turns in the order they were typed. A last line cut short by a crash while it
    /// was being written was never acknowledged, and is left out.
    public func entries() -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(Entry.self, from: Data($0)) }
    }

    public var isEmpty: Bool { entries().isEmpty }

    /// Removes the journal once everything in it is in the database.
    package func remove() {
        unlink(path)
    }

    /// Replaces the journal with `entries`, atomically (a new file renamed over it).
    package func keep(only entries: [Entry]) throws(StoreError) {
        var data = Data()
        for entry in entries {
            guard let line = try? JSONEncoder().encode(entry) else { continue }
            data.append(line)
            data.append(UInt8(ascii: "\n"))
        }
        let temporary = path + ".new"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotOpen(path: temporary, reason: String(cString: strerror(errno))) }
        let done = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == data.count && fsync(fd) == 0
        close(fd)
        guard done, rename(temporary, path) == 0 else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
