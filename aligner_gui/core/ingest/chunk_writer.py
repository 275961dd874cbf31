"""Writing import chunks on a background thread.

SQLite releases the GIL while it works, and for an import most of its work is building
the search index. Handing each chunk to a writer thread with its own connection lets
that work overlap with parsing and normalizing the next chunk on the calling thread.
Each chunk is still one transaction; results come back to the caller's thread, which
alone runs callbacks.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from aligner_gui.core.ingest.records import PassageRow
from aligner_gui.core.project import Project, utc_now

# Chunks parsed ahead of the writer; bounds memory to a few chunks.
QUEUE_DEPTH = 2


@dataclass(frozen=True)
class RecordError:
    file: str
    line: int  # 0: the whole file
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}" if self.line else f"{self.file}: {self.reason}"


@dataclass
class ChunkResult:
    imported: int = 0
    rewrites: int = 0
    duplicates: int = 0
    errors: list[RecordError] = field(default_factory=list)


Chunk = tuple[list[tuple[int, PassageRow]], list[RecordError]]
_STOP = None


class ChunkWriter:
    def __init__(self, project_path: Path, import_id: int, file_label: str) -> None:
        self._path = project_path
        self._import_id = import_id
        self._file_label = file_label
        self._todo: queue.Queue[Chunk | None] = queue.Queue(maxsize=QUEUE_DEPTH)
        self._done: queue.Queue[ChunkResult] = queue.Queue()
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._thread.start()

    def submit(self, rows: list[tuple[int, PassageRow]], errors: list[RecordError]) -> list[ChunkResult]:
        """Queue a chunk (waiting while the writer is behind); return chunks finished since."""
        if rows or errors:
            while True:
                self._raise_failure()
                try:
                    self._todo.put((rows, errors), timeout=0.1)
                    break
                except queue.Full:
                    continue
        return self._finished()

    def close(self) -> list[ChunkResult]:
        """Wait for every queued chunk to be committed; re-raise a writer failure."""
        while self._thread.is_alive():
            try:
                self._todo.put(_STOP, timeout=0.1)
                break
            except queue.Full:
                continue
        self._thread.join()
        finished = self._finished()
        self._raise_failure()
        return finished

    def _finished(self) -> list[ChunkResult]:
        results = []
        while True:
            try:
                results.append(self._done.get_nowait())
            except queue.Empty:
                return results

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _run(self) -> None:
        try:
            with Project.open(self._path) as project:
                project.conn.execute("PRAGMA synchronous=NORMAL")
                while (chunk := self._todo.get()) is not _STOP:
                    rows, errors = chunk
                    with project.transaction() as conn:
                        result = _insert_rows(conn, self._import_id, self._file_label, rows)
                        result.errors = errors + result.errors
                        log_errors(conn, self._import_id, result.errors)
                        _count(conn, self._import_id, result)
                    self._done.put(result)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            self._failure = exc


def _insert_rows(
    conn: sqlite3.Connection, import_id: int, file_label: str, rows: list[tuple[int, PassageRow]]
) -> ChunkResult:
    result = ChunkResult()
    now = utc_now()
    cur = conn.cursor()
    index_rows, rewrites = [], []
    for line, row in rows:
        cur.execute(
            "INSERT OR IGNORE INTO passages(uid, text, text_hash, source, meta, import_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row.uid, row.text, row.hash, row.source, row.meta, import_id, now),
        )
        if cur.rowcount == 1:
            passage_id = cur.lastrowid
            result.imported += 1
            index_rows.append((passage_id, row.normalized))
        else:
            found = conn.execute("SELECT id FROM passages WHERE text_hash = ?", (row.hash,)).fetchone()
            if found is None:
                reason = f"id {row.uid!r} is already used by a passage with a different text"
                result.errors.append(RecordError(file_label, line, reason))
                continue
            passage_id = found[0]
            result.duplicates += 1
        if row.rewrite is not None:
            rewrites.append((passage_id, row.rewrite, row.rewrite_hash, now))
    conn.executemany("INSERT INTO passages_fts(rowid, text) VALUES (?, ?)", index_rows)
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO rewrites(passage_id, text, text_hash, origin, created_at) VALUES (?, ?, ?, 'import', ?)",
        rewrites,
    )
    result.rewrites = conn.total_changes - before
    return result


def _count(conn: sqlite3.Connection, import_id: int, result: ChunkResult) -> None:
    conn.execute(
        "UPDATE imports SET imported = imported + ?, rewrites = rewrites + ?,"
        " duplicates = duplicates + ?, errors = errors + ? WHERE id = ?",
        (result.imported, result.rewrites, result.duplicates, len(result.errors), import_id),
    )


def log_errors(conn: sqlite3.Connection, import_id: int, errors: list[RecordError]) -> None:
    now = utc_now()
    conn.executemany(
        "INSERT OR IGNORE INTO import_errors(import_id, file, line, reason, created_at) VALUES (?, ?, ?, ?, ?)",
        [(import_id, e.file, e.line, e.reason, now) for e in errors],
    )
