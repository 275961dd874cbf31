"""Carrying on an interrupted import where its last transaction ended.

Files read line by line (JSON Lines, CSV, TSV, text passages; gzip or not) pass through
one line splitter, which keeps a :class:`StreamPosition`: the offset after the last whole
record, its line number and a SHA-256 of every byte before it. Each transaction stores
that point with the records it commits (``imports.resume``). Importing the same file with
the same options again reads the bytes before the point once more, only to hash them
(hashing runs at about a GB/s, parsing at tens of MB/s); when they are what was
committed, parsing starts there, line numbers carrying on. A file that changed meanwhile
is read from the start, and its records already in the project count as duplicates.

JSON arrays, Parquet files and folders of .txt files are read from the start again; the
duplicates are skipped as before.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:  # the parsing helper reads resume points and needs no project store
    from aligner_gui.core.store.project import Project

_READ_PIECE = 1 << 20


@dataclass(frozen=True)
class ResumePoint:
    offset: int  # bytes of the stream (after gzip) before the next record
    line: int  # lines before it
    records: int  # records, good or bad, before it
    sha256: str  # of those bytes
    header: list[str] | None = None  # a CSV file's header row, which lies before it
    fields: list[str | None] | None = None  # text, id and rewrite field in use

    def to_json(self) -> dict:
        return asdict(self)


class PrefixChanged(Exception):
    """The bytes before a resume point are not those committed: read from the start."""


class StreamPosition:
    """Where a line reader is in its stream, for resume points.

    The reader calls :meth:`advance` with every byte it reads, and :meth:`record_ends`
    (or :meth:`clean` after a header) just before it yields a record, once that record's
    last byte has been read and nothing after it: the point after the record is then a
    clean place to start again. A reader that has read ahead (CSV lines read again after a
    stray quote) does not call them until it is back in step.
    """

    def __init__(self, resume_from: ResumePoint | None = None) -> None:
        self.resume_from = resume_from
        self.line = 0
        self.offset = 0
        self.header: list[str] | None = None
        self.used = False  # a line reader read this stream
        self._hash = hashlib.sha256()
        self._records = 0
        # At the last clean point: offset, line, records, and the hash up to there (a
        # copy costs ~0.15 us, so every record can take one; bytes read since are not kept).
        self._marked = (0, 0, 0, self._hash.copy())

    def catch_up(self, stream: BinaryIO) -> None:
        """Read and hash the stream up to the resume point; PrefixChanged if it differs."""
        self.used = True
        point = self.resume_from
        if point is None:
            return
        left = point.offset
        while left:
            piece = stream.read(min(left, _READ_PIECE))
            if not piece:
                raise PrefixChanged
            self._hash.update(piece)
            left -= len(piece)
        if self._hash.hexdigest() != point.sha256:
            raise PrefixChanged
        self.offset, self.line, self._records, self.header = point.offset, point.line, point.records, point.header
        self.clean()

    def advance(self, raw: bytes, lines: int) -> int:
        """Count ``raw``, holding ``lines`` line starts; returns the line number."""
        self.offset += len(raw)
        self._hash.update(raw)
        self.line += lines
        return self.line

    def record_ends(self, clean: bool = True) -> None:
        """A record is about to be yielded; ``clean``: nothing after it has been read."""
        self._records += 1
        if clean:
            self.clean()

    def clean(self) -> None:
        """Nothing has been read past the last record (or header): a place to carry on from."""
        self._marked = (self.offset, self.line, self._records, self._hash.copy())

    def point(self, fields: list[str | None] | None) -> ResumePoint | None:
        """The point after the last whole record, or None if no line reader ran."""
        if not self.used:
            return None
        offset, line, records, digest = self._marked
        return ResumePoint(offset, line, records, digest.hexdigest(), self.header, fields)


def resume_key(path_label: str, file_format: str, encoding: str, fields: list[str | None]) -> str:
    """What must match for an import to carry on an earlier one: the same file, read the
    same way. (The transaction size and parsing process may differ.)"""
    with contextlib.suppress(LookupError):  # an unknown one is refused when the file is read
        encoding = codecs.lookup(encoding).name  # UTF-8 and utf8 read alike
    return json.dumps([path_label, file_format, encoding, fields], ensure_ascii=False)


def saved_point(project: Project, key: str, before_import: int) -> ResumePoint | None:
    """The point where the last import with ``key`` stopped, if it did not finish."""
    rows = project.conn.execute(
        "SELECT finished_at, resume FROM imports WHERE id < ? AND resume IS NOT NULL ORDER BY id DESC",
        (before_import,),
    )
    for finished_at, resume in rows:
        saved = json.loads(resume)
        if saved.get("key") != key:
            continue
        point = saved.get("point")
        if finished_at is not None or point is None or not point["records"]:
            return None
        return ResumePoint(**point)
    return None


def save_point(conn, import_id: int, key: str, point: ResumePoint | None) -> None:  # noqa: ANN001 - sqlite3
    document = {"key": key, "point": point.to_json() if point is not None else None}
    # ASCII escapes: a header may hold a byte that did not decode (a lone surrogate), which
    # SQLite cannot store as text but JSON can carry as \udcff.
    conn.execute("UPDATE imports SET resume = ? WHERE id = ?", (json.dumps(document), import_id))
