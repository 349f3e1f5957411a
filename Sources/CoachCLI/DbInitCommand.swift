import ArgumentParser
import CoachStore
import Foundation

/// `coach db init --desk-role NAME`: run once by the database's owner (a DBA) on a PostgreSQL
/// database: makes Coach's tables, and the role the desks connect as, which may add to a
/// transcript but never change or remove what is there.
struct DbInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make Coach's tables in a PostgreSQL database, and the role desks connect as (run once, as the owner).",
        discussion: """
            coach db init --db postgres://dba@db.example/coach --desk-role coach_desk
            The desks then use --db postgres://coach_desk@db.example/coach (a password for the role
            is set by the owner: ALTER ROLE coach_desk PASSWORD '…'; the desks keep it in ~/.pgpass).
            Running it again sets the role's rights again and changes nothing else.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("The role the desks connect as: made if missing, given exactly what a desk needs.", valueName: "role"))
    var deskRole: String

    func run() throws {
        let path = options.databasePath
        let language = options.language
        guard PostgresEngines.names(path) else {
            throw Failure(language.pick(
                "coach db init 只用於 PostgreSQL 資料庫（--db postgres://…）；SQLite 檔案在 Coach 首次開啟時建立。",
                "coach db init 只用于 PostgreSQL 数据库（--db postgres://…）；SQLite 文件在 Coach 首次打开时创建。",
                "coach db init is for a PostgreSQL database (--db postgres://…); a SQLite file is made when Coach first opens it."))
        }
        let set: (database: String, role: String, created: Bool)
        do {
            set = try PostgresEngines.required(language).setUpDeskRole(url: path, role: deskRole, environment: options.environment)
        } catch let error as StoreError {
            throw Failure("\(error)")
        }
        let role = (name: set.role, created: set.created)
        print(language.pick("Coach 的資料表已就緒：\(set.database)", "Coach 的数据表已就绪：\(set.database)",
                            "Coach's tables are ready in \(set.database)."))
        if role.created {
            print(language.pick("已建立角色 \(role.name)（未設密碼：由擁有者執行 ALTER ROLE \(role.name) PASSWORD '…'）。",
                                "已创建角色 \(role.name)（未设密码：由拥有者执行 ALTER ROLE \(role.name) PASSWORD '…'）。",
                                "Role \(role.name) made (no password yet: the owner runs ALTER ROLE \(role.name) PASSWORD '…')."))
        } else {
            print(language.pick("角色 \(role.name) 已存在：其權限已重新設定。", "角色 \(role.name) 已存在：其权限已重新设定。",
                                "Role \(role.name) exists: its rights were set again."))
        }
        print(language.pick("\(role.name) 可讀取個案並在記錄中加入事件，但不能更改或刪除已記下的事件（任何角色都不能：有觸發器拒絕）。",
                            "\(role.name) 可读取个案并在记录中加入事件，但不能更改或删除已记下的事件（任何角色都不能：有触发器拒绝）。",
                            "\(role.name) may read cases and add events to transcripts; it may not change or remove an event "
                                + "(nor may anyone: a trigger refuses it)."))
    }
}
