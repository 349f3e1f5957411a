import ArgumentParser

/// What Sources/CoachCLI/Failure.swift asks of the command (`Coach`), which the fuzz binary does
/// not build: only `Failure.init(_ error:)` calls these, and `coach route` never reaches it for
/// its own refusals (`Failure(message, code: 2)`).
enum Coach {
    static func exitCode(for error: any Error) -> ExitCode { .failure }
    static func message(for error: any Error) -> String { "\(error)" }
    static func fullMessage(for error: any Error) -> String { "\(error)" }
}
