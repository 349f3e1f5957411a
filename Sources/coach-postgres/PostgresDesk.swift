import CoachCLI
import CoachPostgres
import CoachStore
import Foundation

/// The PostgreSQL engine as the commands ask for it (`PostgresEngine`).
struct PostgresDesk: PostgresEngine {
    func open(url: String, seal: ChainSeal?, readOnly: Bool, busyTimeout: TimeInterval, environment: [String: String]) throws(StoreError) -> any CaseStore {
        try PostgresStore(url: url, seal: seal, readOnly: readOnly, busyTimeout: busyTimeout, environment: environment)
    }

    func setUpDeskRole(url: String, role: String, environment: [String: String]) throws(StoreError) -> (database: String, role: String, created: Bool) {
        let store = try PostgresStore(url: url, environment: environment)
        let set = try store.setUpDeskRole(role)
        return (store.path, set.name, set.created)
    }
}
