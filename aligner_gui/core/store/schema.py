"""The project file's schema, as an ordered list of migrations.

Each migration takes the database from version N-1 to N. A project records its version
in ``PRAGMA user_version`` and each applied step in ``schema_migrations``. Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from aligner_gui.core.resources import resources_dir
from aligner_gui.core.store.timestamps import utc_now
from aligner_gui.core.text.arabic import normalize, search_form

# Marks a SQLite file as an aligner project ("ALGN"), see PRAGMA application_id.
APPLICATION_ID = 0x414C474E

_V1 = """
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    app_version TEXT NOT NULL
);
CREATE TABLE project_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    imported INTEGER NOT NULL DEFAULT 0,
    rewrites INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    text_hash BLOB NOT NULL UNIQUE,
    source TEXT,
    meta TEXT,
    import_id INTEGER REFERENCES imports(id),
    created_at TEXT NOT NULL
);
CREATE TABLE prompts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (name, version)
);
CREATE TABLE rewrites (
    id INTEGER PRIMARY KEY,
    passage_id INTEGER NOT NULL REFERENCES passages(id),
    text TEXT NOT NULL,
    text_hash BLOB NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('model', 'import', 'human')),
    model TEXT,
    prompt_id INTEGER REFERENCES prompts(id),
    params TEXT,
    finish_reason TEXT,
    tokens_in INTEGER,
    tokens_out INTEGER,
    generation_ms REAL,
    created_at TEXT NOT NULL
);
CREATE INDEX rewrites_passage ON rewrites(passage_id);
-- Re-importing a file must not attach the same imported rewrite twice.
CREATE UNIQUE INDEX rewrites_import_once ON rewrites(passage_id, text_hash)
    WHERE origin = 'import';
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    passage_id INTEGER NOT NULL REFERENCES passages(id),
    rewrite_id INTEGER REFERENCES rewrites(id),
    reviewer TEXT NOT NULL,
    decision TEXT NOT NULL
        CHECK (decision IN ('accepted', 'edited', 'rejected', 'skipped', 'reset')),
    final_text TEXT,
    reasons TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    seconds REAL,
    created_at TEXT NOT NULL
);
CREATE INDEX reviews_passage_reviewer ON reviews(passage_id, reviewer, id);
-- The review log is append-only: undo and corrections are new rows.
CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
-- The latest decision per passage and reviewer; 'reset' rows mean back to pending.
CREATE VIEW current_reviews AS
SELECT r.* FROM reviews r
JOIN (SELECT max(id) AS id FROM reviews GROUP BY passage_id, reviewer) latest
  ON latest.id = r.id
WHERE r.decision != 'reset';
CREATE TABLE drafts (
    passage_id INTEGER NOT NULL REFERENCES passages(id),
    reviewer TEXT NOT NULL,
    rewrite_id INTEGER REFERENCES rewrites(id),
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (passage_id, reviewer)
);
CREATE TABLE flags (
    id INTEGER PRIMARY KEY,
    rewrite_id INTEGER NOT NULL REFERENCES rewrites(id),
    kind TEXT NOT NULL,
    detail TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX flags_rewrite ON flags(rewrite_id);
CREATE TABLE import_errors (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    file TEXT NOT NULL,
    line INTEGER NOT NULL,  -- 0 when the error is about the whole file
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- Importing a file again reports its bad records again but does not log them twice.
CREATE UNIQUE INDEX import_errors_once ON import_errors(file, line, reason);
"""

# Full-text search, first version (v5 replaces the table and fills it).
_V2 = """
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 2'
);
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in _split_statements(sql):
            conn.execute(statement)

    return run


def _split_statements(sql: str) -> list[str]:
    """Split a script into statements (``executescript`` would commit mid-migration)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


# Review support: edit distances on each review, the derived current state per passage
# (kept by a trigger, so the queue can filter a million passages by state through an
# index), project-editable reasons, and each reviewer's last position.
_V3 = """
ALTER TABLE reviews ADD COLUMN word_distance INTEGER;
ALTER TABLE reviews ADD COLUMN char_distance INTEGER;
CREATE TABLE passage_state (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id),
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    decision TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reasons TEXT NOT NULL
);
CREATE INDEX passage_state_decision ON passage_state(decision);
CREATE INDEX passage_state_reviewer ON passage_state(reviewer);
CREATE TRIGGER reviews_keep_state AFTER INSERT ON reviews
BEGIN
    DELETE FROM passage_state WHERE passage_id = NEW.passage_id;
    INSERT INTO passage_state(passage_id, review_id, decision, reviewer, reasons)
    SELECT r.passage_id, r.id, r.decision, r.reviewer, r.reasons FROM reviews r
    WHERE r.passage_id = NEW.passage_id AND r.decision != 'reset'
      AND r.id = (SELECT max(id) FROM reviews x WHERE x.passage_id = r.passage_id AND x.reviewer = r.reviewer)
    ORDER BY r.id DESC LIMIT 1;
END;
CREATE TABLE reasons (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE bookmarks (
    reviewer TEXT PRIMARY KEY,
    passage_id INTEGER NOT NULL REFERENCES passages(id),
    updated_at TEXT NOT NULL
);
"""

DEFAULT_REASONS = [
    ("harmful_left", "harmful content left"),
    ("knowledge_lost", "knowledge lost"),
    ("facts_changed", "facts changed or invented"),
    ("formatting", "formatting"),
    ("language_drift", "translated or language drift"),
    ("truncated", "truncated"),
    ("repetition", "repetition"),
    ("dialect_flattened", "dialect flattened"),
    ("other", "other"),
]


def _v3(conn: sqlite3.Connection) -> None:
    _script(_V3)(conn)
    conn.executemany(
        "INSERT INTO reasons(code, label, position) VALUES (?, ?, ?)",
        [(code, label, i) for i, (code, label) in enumerate(DEFAULT_REASONS)],
    )
    conn.execute(
        "INSERT INTO passage_state(passage_id, review_id, decision, reviewer, reasons)"
        " SELECT passage_id, max(id), decision, reviewer, reasons FROM current_reviews GROUP BY passage_id"
    )


# Rewrite jobs: each job materializes its passages in job_items, so a restart carries on
# with exactly the ones still missing; rewrites remember the job that made them. The
# default code-of-conduct prompts arrive as version 1.
_V4 = """
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_id INTEGER NOT NULL REFERENCES prompts(id),
    settings TEXT NOT NULL,
    selection TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'cancelled', 'failed', 'done')),
    total INTEGER NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE job_items (
    job_id INTEGER NOT NULL REFERENCES jobs(id),
    passage_id INTEGER NOT NULL REFERENCES passages(id),
    rewrite_id INTEGER REFERENCES rewrites(id),
    PRIMARY KEY (job_id, passage_id)
) WITHOUT ROWID;
ALTER TABLE rewrites ADD COLUMN job_id INTEGER REFERENCES jobs(id);
CREATE INDEX rewrites_model_prompt ON rewrites(model, prompt_id, passage_id) WHERE origin = 'model';
"""

DEFAULT_PROMPTS = [("conduct-ar", "ar", "conduct_ar.txt"), ("conduct-en", "en", "conduct_en.txt")]


def _v4(conn: sqlite3.Connection) -> None:

    _script(_V4)(conn)
    for name, language, file in DEFAULT_PROMPTS:
        text = (resources_dir() / "prompts" / file).read_text(encoding="utf-8").strip()
        conn.execute(
            "INSERT INTO prompts(name, version, language, text, created_at) VALUES (?, 1, ?, ?, ?)"
            " ON CONFLICT(name, version) DO NOTHING",
            (name, language, text, utc_now()),
        )


# Full-text search over core.arabic.search_form text. Contentless: the text lives once,
# in passages; the index only maps words to passage ids. Outside ASCII the form holds
# only letters and digits, so FTS5's plain 'ascii' tokenizer (which keeps every
# non-ASCII character in its token and splits on ASCII punctuation and spaces) finds the
# words 'unicode61' would, while the Unicode work runs in Python, in an import's parsing
# process. Measured: the index takes rows about 1.5x faster so (tests/bench/bench_import.py).
_SEARCH_INDEX = "CREATE VIRTUAL TABLE passages_fts USING fts5(text, content='', tokenize='ascii')"
# FTS5 keeps new entries in memory until this many bytes or the commit, then writes them
# as one segment (its default is 1 MiB): fewer, larger segments need far less merging.
SEARCH_INDEX_BUFFER_BYTES = 64 << 20


def create_search_index(conn: sqlite3.Connection) -> None:
    """Create the empty search index as the project has it (also used by the benchmark)."""
    conn.execute(_SEARCH_INDEX)
    conn.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('hashsize', ?)", (SEARCH_INDEX_BUFFER_BYTES,))


def _v5(conn: sqlite3.Connection) -> None:

    conn.execute("DROP TABLE passages_fts")
    create_search_index(conn)
    rows = conn.execute("SELECT id, text FROM passages")
    index_rows = ((pid, search_form(normalize(text))) for pid, text in rows)
    conn.executemany("INSERT INTO passages_fts(rowid, text) VALUES (?, ?)", index_rows)


def _v6(conn: sqlite3.Connection) -> None:
    """imports.resume: how far an unfinished import committed its file, so that running it
    again carries on there instead of reading the file from the start (core.ingest.resume)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(imports)")}
    if "resume" not in columns:  # (a test may roll a project back to an older version)
        conn.execute("ALTER TABLE imports ADD COLUMN resume TEXT")


# Automatic flags and bulk decisions. A flag now has a severity, its evidence (JSON
# [[side, start, end], ...]) and the thresholds it was measured against. A rewrite's
# flag_severity says whether it was checked (NULL: not yet; 0: nothing found; else its
# worst flag); it sits after the text, so queries ask indexes instead of reading it.
# passage_flags holds, for each passage whose newest rewrite has flags, that rewrite's
# worst severity and flag count: the queue orders worst first through its index,
# and a clean passage costs no row. A bulk decision is an ordinary review row pointing at
# its batch, so one undo can take the whole batch back.
_V7 = """
ALTER TABLE flags ADD COLUMN severity INTEGER NOT NULL DEFAULT 3;
ALTER TABLE flags ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
ALTER TABLE flags ADD COLUMN thresholds TEXT;
CREATE INDEX flags_kind ON flags(kind, rewrite_id);
ALTER TABLE rewrites ADD COLUMN flag_severity INTEGER;
-- Rewrites not checked yet (an older project's): none once checked, so it costs nothing.
CREATE INDEX rewrites_unchecked ON rewrites(passage_id) WHERE flag_severity IS NULL;
CREATE TABLE passage_flags (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id),
    rewrite_id INTEGER NOT NULL REFERENCES rewrites(id),
    severity INTEGER NOT NULL,
    flag_count INTEGER NOT NULL,
    codes TEXT NOT NULL
);
CREATE INDEX passage_flags_worst ON passage_flags(severity DESC, flag_count DESC, passage_id);
CREATE TABLE bulk_batches (
    id INTEGER PRIMARY KEY,
    reviewer TEXT NOT NULL,
    decision TEXT NOT NULL,
    selection TEXT NOT NULL,
    decided INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    undone_at TEXT
);
ALTER TABLE reviews ADD COLUMN bulk_id INTEGER REFERENCES bulk_batches(id);
CREATE INDEX reviews_bulk ON reviews(bulk_id) WHERE bulk_id IS NOT NULL;
"""


def _v7(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'passage_flags'").fetchone():
        return  # (a test may roll a project back to an older version)
    _script(_V7)(conn)

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1),
    _script(_V2),
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
]
LATEST_VERSION = len(MIGRATIONS)
# A project this old or newer can be read without upgrading it (what a read-only project
# needs): the migrations after it only add what writing uses. Raise it with a migration
# that changes what reading, searching or stats look at.
READABLE_FROM_VERSION = 5
