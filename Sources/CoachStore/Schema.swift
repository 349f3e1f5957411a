import ComplaintDomain
import GRDB

/// The database's migrations. A shipped migration is never edited; a change is a new one,
/// which also sets `PRAGMA user_version` to its number and raises `version`.
enum Schema {
    /// `PRAGMA application_id`: marks a file as Coach's ("COAC").
    static let applicationID: Int32 = 0x434F_4143
    /// `PRAGMA user_version` after the last migration this program knows: a quick check of a
    /// file's header, before the migrator's own.
    static let version: Int32 = 9

    /// `seal` seals the events the migrations append (the v5 snapshots).
    static func migrator(seal: ChainSeal?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: cases and transcript") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: """
                CREATE TABLE case_sequence (
                    day TEXT PRIMARY KEY,
                    last INTEGER NOT NULL
                );
                CREATE TABLE cases (
                    id INTEGER PRIMARY KEY,
                    case_number TEXT NOT NULL UNIQUE,
                    received_at TEXT NOT NULL,
                    received_by TEXT NOT NULL,
                    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'letter', 'phone', 'other')),
                    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
                    nature TEXT CHECK (nature IN ('ordinary', 'urgent')),
                    category TEXT,
                    building TEXT,
                    unit TEXT,
                    person_name TEXT,
                    person_standing TEXT CHECK (person_standing IN ('owner', 'occupant')),
                    person_contact TEXT,
                    account TEXT NOT NULL DEFAULT '',
                    location TEXT,
                    since TEXT,
                    real_cause TEXT,
                    wants TEXT,
                    coordinate_with TEXT NOT NULL DEFAULT '[]',
                    beyond_manager_authority INTEGER NOT NULL DEFAULT 0,
                    notes TEXT NOT NULL DEFAULT '[]',
                    stage TEXT NOT NULL,
                    is_training INTEGER NOT NULL DEFAULT 0,
                    updated_at TEXT NOT NULL,
                    transcript_count INTEGER NOT NULL DEFAULT 0,
                    transcript_head TEXT NOT NULL DEFAULT '\(TranscriptChain.genesis)'
                );
                CREATE INDEX cases_by_stage ON cases(stage);
                CREATE INDEX cases_by_received_at ON cases(received_at);
                CREATE TABLE transcript (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES cases(id),
                    seq INTEGER NOT NULL,
                    at TEXT NOT NULL,
                    staff TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('prompt', 'input', 'cue', 'decision', 'note', 'transition', 'system', 'speech', 'caller')),
                    step TEXT,
                    text TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE UNIQUE INDEX transcript_by_case ON transcript(case_id, seq);
                CREATE TABLE drafts (
                    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
                    state TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TRIGGER transcript_is_append_only_update BEFORE UPDATE ON transcript
                BEGIN SELECT RAISE(ABORT, 'the transcript is append-only'); END;
                CREATE TRIGGER transcript_is_append_only_delete BEFORE DELETE ON transcript
                BEGIN SELECT RAISE(ABORT, 'the transcript is append-only'); END;
                """)
        }
        migrator.registerMigration("v2: training results") { db in
            try db.execute(sql: """
                CREATE TABLE training_results (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES cases(id),
                    staff TEXT NOT NULL,
                    scenario TEXT NOT NULL,
                    exam INTEGER NOT NULL,
                    finished_at TEXT NOT NULL,
                    total INTEGER NOT NULL,
                    failed INTEGER NOT NULL,
                    mood_start TEXT NOT NULL,
                    mood_end TEXT NOT NULL,
                    scorecard TEXT NOT NULL
                );
                CREATE INDEX training_results_by_staff ON training_results(staff, finished_at);
                PRAGMA user_version = 2;
                """)
        }
        migrator.registerMigration("v3: case life") { db in
            try db.execute(sql: """
                ALTER TABLE cases ADD COLUMN life TEXT NOT NULL DEFAULT '{}';
                ALTER TABLE cases ADD COLUMN deadline TEXT;
                ALTER TABLE cases ADD COLUMN handled_at TEXT;
                ALTER TABLE cases ADD COLUMN replied_at TEXT;
                ALTER TABLE cases ADD COLUMN satisfaction INTEGER;
                ALTER TABLE cases ADD COLUMN department TEXT;
                CREATE INDEX cases_by_deadline ON cases(deadline);
                PRAGMA user_version = 3;
                """)
        }
        migrator.registerMigration("v4: search and review scores") { db in
            try db.execute(sql: """
                CREATE TABLE search_docs (
                    id INTEGER PRIMARY KEY,
                    case_id INTEGER NOT NULL REFERENCES cases(id),
                    text TEXT NOT NULL
                );
                CREATE INDEX search_docs_by_case ON search_docs(case_id);
                CREATE VIRTUAL TABLE search_trigram USING fts5(text, content='search_docs', content_rowid='id', tokenize='trigram');
                CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='', tokenize='unicode61');
                CREATE TABLE review_scores (
                    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
                    at TEXT NOT NULL,
                    staff TEXT NOT NULL,
                    total INTEGER NOT NULL,
                    scorecard TEXT NOT NULL
                );
                PRAGMA user_version = 4;
                """)
        }
        migrator.registerMigration("v5: typed events") { db in
            try TypedEventsMigration.run(db, seal: seal)
        }
        migrator.registerMigration("v6: journal") { db in
            // Turns kept in the journal while the database could not take them, once written:
            // replaying the journal again (after a crash mid-replay) writes nothing twice.
            try db.execute(sql: """
                CREATE TABLE journal_applied (
                    id TEXT PRIMARY KEY,
                    applied_at TEXT NOT NULL
                );
                PRAGMA user_version = 6;
                """)
        }
        migrator.registerMigration("v7: repeat complaints") { db in
            // A unit's or a number's earlier cases are looked up during every call.
            try db.execute(sql: """
                CREATE INDEX cases_by_unit ON cases(unit, received_at);
                CREATE INDEX cases_by_contact ON cases(person_contact, received_at);
                PRAGMA user_version = 7;
                """)
        }
        migrator.registerMigration("v8: calibration scores") { db in
            // Each supervisor's own card for a call, item by item, kept apart from the case's
            // transcript so no supervisor sees another's before scoring (coach review N --score).
            try db.execute(sql: """
                CREATE TABLE calibration_scores (
                    case_id INTEGER NOT NULL REFERENCES cases(id),
                    reviewer TEXT NOT NULL,
                    scored_at TEXT NOT NULL,
                    item TEXT NOT NULL,
                    result TEXT NOT NULL CHECK (result IN ('met', 'partly', 'missed', 'not_applicable')),
                    reason TEXT,
                    PRIMARY KEY (case_id, reviewer, item)
                );
                """)
            // A database that took v9 first (made between the two) keeps its higher version.
            let version = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            try db.execute(sql: "PRAGMA user_version = \(max(version, 8))")
        }
        migrator.registerMigration("v9: follow-up attempts") { db in
            try FollowUpAttemptsMigration.run(db)
        }
        return migrator
    }
}
