import CoachStore
import ComplaintDomain

/// The journal at the edges of a session: what an earlier session could not write goes into the
/// database before anything new, and a session that ends with lines still outside the database
/// says where they are and exits non-zero.
enum JournalCheck {
    /// Before a session: the turns waiting in the journal, into the database.
    static func replay(_ store: any CaseStore, language: Language) throws {
        let waiting = store.journal.entries().count
        guard waiting > 0 else { return }
        let written = try store.replayJournal()
        print(language.pick("已把日誌中 \(written) 行寫入資料庫。", "已把日志中 \(written) 行写入数据库。",
                            "\(written) line\(written == 1 ? "" : "s") kept in the journal went into the database."))
    }

    /// After a session: a Failure naming the journal when something is still outside the database.
    static func settled<Engine>(_ session: IntakeSession<Engine>, language: Language) throws {
        guard !session.settle() else { return }
        let path = session.store.journal.path
        throw Failure(language.pick("有些行仍未寫入資料庫，保存在 \(path)；下次開啟 Coach（或 coach resume）時會自動寫入。",
                                    "有些行仍未写入数据库，保存在 \(path)；下次打开 Coach（或 coach resume）时会自动写入。",
                                    "Some lines are not in the database yet: they are kept in \(path) and go in the next time Coach starts (or coach resume)."))
    }
}
