"""The project file: the SQLite database, its schema and migrations, the writer lock,
read-only detection and how faults are told."""
