import ArgumentParser
import CoachStore
import ComplaintDomain
import Foundation

/// `coach db copy --from SRC --to DST`: moves an office from one store to another (a SQLite
/// file to a PostgreSQL database, and back), every case whole and byte for byte, then verifies
/// every chain in the destination. Cases go over in batches, each in one transaction, so a copy
/// cut short is simply run again: what is already there and identical is skipped, nothing is
/// written twice, and a destination holding a different case under the same number is refused
/// before anything is written.
struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every case from one database to another (SQLite file or PostgreSQL URL), then verify every chain.",
        discussion: """
            coach db copy --from coach.sqlite --to postgres://coach@db1/coach
            coach db copy --from postgres://coach@db1/coach --to backup.sqlite
            Every case keeps its number and its transcript as written: its chain verifies
            in the copy (with the same COACH_KEY_FILE if the office seals transcripts).
            Cut short? Run it again: what was copied is skipped, nothing written twice.
            A destination with another case under the same number is refused, untouched.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The database to copy from: a SQLite file or a PostgreSQL URL.", valueName: "file|url"))
    var from: String

    @Option(help: ArgumentHelp("The database to copy into: a SQLite file (created if missing) or a PostgreSQL URL.", valueName: "file|url"))
    var to: String

    func validate() throws {
        if from == to {
            throw ValidationError(options.language.pick("--from 與 --to 是同一個資料庫。", "--from 与 --to 是同一个数据库。",
                                                        "--from and --to name the same database."))
        }
    }

    func run() throws {
        let language = options.language
        let source = try open(from, readOnly: true)
        // Turns a desk kept while the database could not take them are not in it yet.
        let waiting = source.journal.entries().count
        if waiting > 0 {
            throw Failure(language.pick(
                "\(source.path) 仍有 \(waiting) 個回合在日誌 \(source.journal.path) 中未寫入；先以寫入方式開啟一次（例如 coach resume）再複製。沒有複製任何資料。",
                "\(source.path) 仍有 \(waiting) 个回合在日志 \(source.journal.path) 中未写入；先以写入方式打开一次（例如 coach resume）再复制。没有复制任何数据。",
                "\(source.path) has \(waiting) turn\(waiting == 1 ? "" : "s") waiting in its journal \(source.journal.path); "
                    + "open it for writing once (coach resume) so they go in, then copy. Nothing was copied."))
        }
        let destination = try open(to, readOnly: false)
        let total = try source.storedCaseCount()
        // A batch is one transaction: about twenty a copy, so progress and a re-run move in
        // small steps, and at most a hundred cases, so no transaction grows large.
        let batch = min(100, max(1, total / 20))

        let present = Set(try destination.caseNumbers())
        try refuseDifferent(from: source, to: destination, present: present, language)

        var copied = 0, skipped = 0
        var progress = CopyProgress(stage: language.pick("複製", "复制", "copying"), total: total, count: Self.count(language))
        var start: Int64?
        repeat {
            let page = try source.storedCases(from: start, limit: batch)
            let missing = page.cases.filter { !present.contains($0.number) }
            skipped += page.cases.count - missing.count
            let written = try destination.copyIn(missing)
            // Only when a case was written there since the check above.
            if let differs = written.differs { throw refusal(differs.number, differs.what, written: true, language) }
            copied += written.copied
            skipped += written.alreadyThere
            progress.show(copied + skipped)
            start = page.next
        } while start != nil
        progress.finish()
        try destination.finishCopy(try source.storeWideRows())

        let (cases, events, damaged) = try verify(destination, language)
        print(language.pick(
            "已由 \(source.path) 複製 \(copied) 個個案至 \(destination.path)；\(skipped) 個已在其中，相同，略過。",
            "已由 \(source.path) 复制 \(copied) 个个案至 \(destination.path)；\(skipped) 个已在其中，相同，略过。",
            "Copied \(copied) case\(copied == 1 ? "" : "s") from \(source.path) to \(destination.path); "
                + "\(skipped) already there and identical, skipped."))
        guard damaged.isEmpty else {
            let shown = damaged.prefix(10).map(\.description).joined(separator: ", ") + (damaged.count > 10 ? " …" : "")
            throw Failure(language.pick(
                "已核對 \(destination.path) 中 \(cases) 個個案的 \(events) 項事件：\(damaged.count) 個的記錄鏈不符（\(shown)）；coach verify --db 可看詳情。",
                "已核对 \(destination.path) 中 \(cases) 个个案的 \(events) 项事件：\(damaged.count) 个的记录链不符（\(shown)）；coach verify --db 可看详情。",
                "Verified \(cases) cases and \(events) events in \(destination.path): \(damaged.count) chain\(damaged.count == 1 ? " does" : "s do") "
                    + "not verify (\(shown)); coach verify --db shows why."))
        }
        print(language.pick(
            "已核對 \(destination.path) 中 \(cases) 個個案的 \(events) 項事件：每條記錄鏈完整。",
            "已核对 \(destination.path) 中 \(cases) 个个案的 \(events) 项事件：每条记录链完整。",
            "Verified \(cases) case\(cases == 1 ? "" : "s") and \(events) event\(events == 1 ? "" : "s") in \(destination.path): every chain is intact."))
    }

    /// "40 of 400 cases" for the progress shown.
    private static func count(_ language: Language) -> (Int, Int) -> String {
        { done, total in language.pick("\(total) 個個案中的 \(done) 個", "\(total) 个个案中的 \(done) 个", "\(done) of \(total) cases") }
    }

    /// Opens a store as `--db` would open it; refuses one that cannot copy.
    private func open(_ location: String, readOnly: Bool) throws -> any StoreCopying {
        var named = options
        named.db = location
        let store = try named.openStore(readOnly: readOnly)
        guard let copying = store as? any StoreCopying else {
            throw Failure(options.language.pick("\(store.path) 不能用作複製。", "\(store.path) 不能用作复制。", "\(store.path) cannot be copied to or from."))
        }
        return copying
    }

    /// Before anything is written: every case the destination already has must be the source's,
    /// as an interrupted copy left it.
    private func refuseDifferent(from source: any StoreCopying, to destination: any StoreCopying, present: Set<CaseNumber>,
                                 _ language: Language) throws {
        guard !present.isEmpty else { return }
        let shared = try source.caseNumbers().filter(present.contains)
        for first in stride(from: 0, to: shared.count, by: 500) {
            let numbers = Array(shared[first..<min(first + 500, shared.count)])
            let there = Dictionary(try destination.storedCases(numbers).map { ($0.number, $0) }) { first, _ in first }
            for item in try source.storedCases(numbers) {
                if let other = there[item.number], let what = item.difference(from: other) {
                    throw refusal(item.number, what, written: false, language)
                }
            }
        }
    }

    /// `written`: cases were copied before the case that differs was found.
    private func refusal(_ number: CaseNumber, _ what: String, written: Bool, _ language: Language) -> Failure {
        Failure(language.pick(
            "\(to) 已有個案 \(number)，但與 \(from) 的不同（\(what)）；請複製到空的資料庫，或上次中斷的那一個。"
                + (written ? "之前的個案已複製。" : "沒有寫入任何資料。"),
            "\(to) 已有个案 \(number)，但与 \(from) 的不同（\(what)）；请复制到空的数据库，或上次中断的那一个。"
                + (written ? "之前的个案已复制。" : "没有写入任何数据。"),
            "\(to) already has a case \(number) that differs from the one in \(from) (\(what)); copy into an empty database, "
                + "or the one an interrupted copy was writing. " + (written ? "The cases before it were copied." : "Nothing was written.")))
    }

    /// Every chain in the destination, as `coach verify` checks it: how many cases and events
    /// were checked, and the cases whose chain does not verify.
    private func verify(_ store: any StoreCopying, _ language: Language) throws -> (cases: Int, events: Int, damaged: [CaseNumber]) {
        var progress = CopyProgress(stage: language.pick("核對", "核对", "verifying"), total: try store.storedCaseCount(),
                                    count: Self.count(language))
        var cases = 0, events = 0
        var damaged: [CaseNumber] = []
        var start: Int64?
        repeat {
            let page = try store.verifiedChains(from: start, limit: 500)
            for chain in page.chains {
                cases += 1
                events += chain.events
                if !chain.problems.isEmpty { damaged.append(chain.number) }
            }
            progress.show(cases)
            start = page.next
        } while start != nil
        progress.finish()
        return (cases, events, damaged)
    }
}
