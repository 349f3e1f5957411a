import Foundation
import Testing
@testable import CoachStore

/// Where the database lives when nobody says: XDG_DATA_HOME (absolute only), else ~/.local/share.
@Suite("Default database path")
struct DefaultPathTests {
    @Test func absoluteXDGDataHomeIsUsed() {
        #expect(CoachStore.defaultPath(environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/chan"])
                == "/srv/data/coach/coach.sqlite")
    }

    @Test(arguments: ["", "relative/data", "~/data", "./data"])
    func otherXDGDataHomeFallsBackToHome(xdg: String) {
        #expect(CoachStore.defaultPath(environment: ["XDG_DATA_HOME": xdg, "HOME": "/home/chan"])
                == "/home/chan/.local/share/coach/coach.sqlite")
    }

    @Test func withoutXDGDataHomeUsesHome() {
        #expect(CoachStore.defaultPath(environment: ["HOME": "/home/wong"]) == "/home/wong/.local/share/coach/coach.sqlite")
    }

    @Test func withoutHomeUsesTheAccountsHomeFolder() {
        let path = CoachStore.defaultPath(environment: [:])
        #expect(path == NSHomeDirectory() + "/.local/share/coach/coach.sqlite")
    }
}
