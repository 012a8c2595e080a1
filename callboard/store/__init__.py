"""Store: offers with their raw records, profiles, history, duplicates and quarantine, in SQLite or PostgreSQL."""
