import CoachCLI

// The same program as `coach`, with the PostgreSQL engine: `coach` hands it every command that
// needs a PostgreSQL database.
PostgresEngines.engine = PostgresDesk()
Coach.main()
