// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Coach",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "coach", targets: ["coach"]),
        .executable(name: "coach-postgres", targets: ["coach-postgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        /// Civil time: dates, clock times, zone rules, timestamps, the working calendar.
        .target(name: "CivilTime"),
        /// Text made safe for a terminal or a file, and its width on screen (CJK counts two).
        .target(name: "TextSafety"),
        /// The shared rules: record, stages, routing, deadlines, roles. No I/O.
        .target(name: "ComplaintDomain", dependencies: ["CivilTime", "TextSafety"]),
        /// Mock complaints: scenarios, the caller's mood, speech acts and the lexicons that hear them.
        .target(name: "Training", dependencies: ["ComplaintDomain", "CivilTime"]),
        /// The transcript as typed events, and the case as their projection.
        .target(name: "CaseEvents", dependencies: ["ComplaintDomain", "Training", "CivilTime"]),
        /// Reads the organisation-edited YAML in guidance/ into domain values, and keeps them in a
        /// cache between runs.
        .target(name: "Guidance", dependencies: [
            "ComplaintDomain", "Training", "CivilTime", "TextSafety",
            .product(name: "Yams", package: "Yams"),
        ]),
        /// SQLite through GRDB: cases and the append-only, hash-chained transcript (swift-crypto).
        .target(name: "CoachStore", dependencies: [
            "ComplaintDomain", "CaseEvents", "Training", "CivilTime", "TextSafety",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        /// PostgreSQL through PostgresNIO: the same store for many desks on many machines.
        .target(name: "CoachPostgres", dependencies: [
            "CoachStore", "ComplaintDomain", "CaseEvents", "Training", "CivilTime", "TextSafety",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        /// The conversations as pure state machines: events in, state and effects out.
        .target(name: "CoachEngine", dependencies: ["ComplaintDomain", "CaseEvents", "Training", "CivilTime", "TextSafety"]),
        /// Every word a person reads: screens, cues, scorecards, reviews and reports in zh-Hant,
        /// zh-Hans and en, rendered from what the engines emit as data.
        .target(name: "CoachText", dependencies: ["ComplaintDomain", "CaseEvents", "Training", "CivilTime", "TextSafety", "CoachEngine"]),
        /// libedit, found through pkg-config (Debian: libedit-dev).
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        /// Non-variadic C wrappers over libedit, which Swift cannot call directly.
        .target(name: "CEditLine", dependencies: ["CLibEdit"]),
        /// The terminal: libedit line editing, or plain lines when input is not a terminal.
        .target(name: "LineEditor", dependencies: ["CEditLine", "TextSafety"]),
        /// Every command, on any store: the program both executables run.
        .target(name: "CoachCLI", dependencies: [
            "ComplaintDomain", "CaseEvents", "Training", "CivilTime", "TextSafety", "Guidance", "CoachStore", "LineEditor",
            "CoachEngine", "CoachText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        /// `coach`: the program on SQLite. Without PostgresNIO linked in, a desk starts faster and
        /// smaller; a command that needs PostgreSQL is handed whole to `coach-postgres`.
        .executableTarget(name: "coach", dependencies: ["CoachCLI"]),
        /// `coach-postgres`: the same program with the PostgreSQL engine.
        .executableTarget(name: "coach-postgres", dependencies: ["CoachCLI", "CoachPostgres", "CoachStore"]),
        /// Makes a realistic database of many cases for scripts/bench.
        .executableTarget(name: "CoachBenchData", dependencies: ["ComplaintDomain", "CaseEvents", "CivilTime", "CoachStore"], path: "Benchmarks/CoachBenchData"),
        /// Times one typed line inside the program (engine turn + durable write) for scripts/bench.
        .executableTarget(name: "CoachTurnBench", dependencies: ["CoachEngine", "CoachStore", "CoachText", "Guidance", "CivilTime"], path: "Benchmarks/CoachTurnBench"),
        /// Exact-output files for the tests of every target, and the diff shown when one differs.
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        /// A fresh database for a test on the PostgreSQL server it is given (COACH_TEST_POSTGRES), through psql.
        .target(name: "TestPostgres", path: "Tests/TestPostgres"),
        .testTarget(name: "ComplaintDomainTests", dependencies: ["ComplaintDomain", "CivilTime", "TextSafety"]),
        .testTarget(name: "GuidanceTests", dependencies: ["Guidance", "ComplaintDomain", "Training", "CivilTime"]),
        .testTarget(name: "CoachStoreTests", dependencies: ["CoachStore", "CaseEvents", "ComplaintDomain", "CivilTime", "TextSafety"], exclude: ["Fixtures"]),
        /// The store's promises checked on both engines, against a real PostgreSQL server
        /// (COACH_TEST_POSTGRES; the tests fail without one unless COACH_TEST_SKIP_POSTGRES=1).
        .testTarget(name: "CoachPostgresTests", dependencies: ["CoachPostgres", "CoachStore", "CaseEvents", "ComplaintDomain", "CivilTime",
                                                             .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "CoachEngineTests", dependencies: ["CoachEngine", "CoachText", "Guidance", "GoldenFiles", "CaseEvents", "ComplaintDomain", "Training", "CivilTime", "TextSafety"],
                    exclude: ["Golden"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        .testTarget(name: "CoachCLITests", dependencies: ["coach", "coach-postgres", "GoldenFiles", "TestPostgres", "Guidance", "Training", "ComplaintDomain"], exclude: ["Golden"]),
        /// The real binary in a pseudo-terminal (tmux): typing Chinese, history, Ctrl-C, Ctrl-D, kill -9.
        .testTarget(name: "CoachTerminalTests", dependencies: ["coach", "coach-postgres", "TestPostgres"]),
    ]
)
