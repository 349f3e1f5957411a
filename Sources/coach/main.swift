import CoachCLI

// The program on SQLite; PostgreSQL is `coach-postgres`'s, which a command needing it is handed to.
Coach.main()
