import Foundation

/// The login name of whoever runs Coach, used when no staff member is named.
enum LoginName {
    static func current(environment: [String: String]) -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name {
            let login = String(cString: name)
            if !login.isEmpty { return login }
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}
