"""Import: stream input files into a project, chunk by chunk.

Each chunk is one transaction holding its passages, their search-index entries, their
imported rewrites and the errors found, so a crash loses at most the chunk in flight
and never leaves half a record. Re-running an import skips everything already in the
project (same id, or same text after normalization) and counts it as a duplicate.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.chunk_writer import ChunkResult, ChunkWriter, RecordError, log_errors
from aligner_gui.core.ingest.readers import RawRecord, read_records
from aligner_gui.core.ingest.records import BadRecord, FieldNames, PassageRow, build_row, guess_fields
from aligner_gui.core.ingest.sources import ByteCounter, InputFile, check_encoding, detect
from aligner_gui.core.project import Project, utc_now


@dataclass
class ImportOptions:
    format: str = "auto"
    text_field: str | None = None
    id_field: str | None = None
    rewrite_field: str | None = None
    encoding: str = "utf-8"
    chunk_size: int = 2000


@dataclass
class FileReport:
    path: str
    format: str = "?"
    fields: FieldNames | None = None
    imported: int = 0
    rewrites: int = 0
    duplicates: int = 0
    errors: int = 0
    failed: str | None = None  # the reason the file as a whole could not be read

    def add(self, other: ChunkResult) -> None:
        self.imported += other.imported
        self.rewrites += other.rewrites
        self.duplicates += other.duplicates
        self.errors += len(other.errors)


ErrorCallback = Callable[[RecordError], None]
ProgressCallback = Callable[[FileReport, int, int], None]  # report, bytes done, bytes total


def import_files(
    project: Project,
    paths: Iterable[str | Path],
    options: ImportOptions | None = None,
    on_error: ErrorCallback | None = None,
    on_progress: ProgressCallback | None = None,
) -> list[FileReport]:
    """Import each file in turn, holding the project's writer lock throughout."""
    options = options or ImportOptions()
    reports = []
    with project.writer_lock("aligner import"):
        project.conn.execute("PRAGMA synchronous=NORMAL")
        try:
            for path in paths:
                importer = _FileImporter(project, Path(path), options, on_error, on_progress)
                reports.append(importer.run())
        finally:
            project.conn.execute("PRAGMA synchronous=FULL")
    return reports


class _FileImporter:
    def __init__(
        self,
        project: Project,
        path: Path,
        options: ImportOptions,
        on_error: ErrorCallback | None,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.project = project
        self.path = path
        self.file_label = str(path)
        self.options = options
        self.on_error = on_error or (lambda error: None)
        self.on_progress = on_progress or (lambda report, done, total: None)
        self.report = FileReport(str(path))
        self.import_id = 0

    def run(self) -> FileReport:
        self._start()
        try:
            source = detect(self.path, self.options.format)
            self.report.format = source.format
            with self.project.transaction() as conn:
                conn.execute("UPDATE imports SET format = ? WHERE id = ?", (source.format, self.import_id))
            if source.format != "parquet" and not self.path.is_dir():
                check_encoding(source, self.options.encoding)
            self._stream(source)
        except ImportFileError as exc:
            self.report.failed = str(exc)
            self._log_file_failure(str(exc))
        except (OSError, EOFError) as exc:  # unreadable disk file, truncated gzip
            self.report.failed = f"{self.path}: cannot read: {exc}"
            self._log_file_failure(self.report.failed)
        self._finish()
        return self.report

    def _start(self) -> None:
        opts = {k: v for k, v in asdict(self.options).items() if v is not None}
        with self.project.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO imports(path, format, options, started_at) VALUES (?, ?, ?, ?)",
                (str(self.path.absolute()), self.options.format, json.dumps(opts), utc_now()),
            )
            self.import_id = cur.lastrowid or 0

    def _stream(self, source: InputFile) -> None:
        counter = ByteCounter()
        total = _input_size(self.path)
        names: FieldNames | None = None
        rows: list[tuple[int, PassageRow]] = []
        errors: list[RecordError] = []
        default_source = self.path.name
        writer = ChunkWriter(self.project.path, self.import_id, self.file_label)
        try:
            for record in read_records(source, self.options.encoding, counter):
                if record.error is None and names is None:
                    names = self._field_names(record)
                row = self._build(record, names, default_source, errors)
                if row is not None:
                    rows.append(row)
                if len(rows) + len(errors) >= self.options.chunk_size:
                    self._take(writer.submit(rows, errors))
                    rows, errors = [], []
                    self.on_progress(self.report, counter.count, total)
        finally:
            # Whatever was read before a failure (a truncated file) is kept.
            self._take(writer.submit(rows, errors))
            self._take(writer.close())
        self.on_progress(self.report, total, total)

    def _take(self, results: list[ChunkResult]) -> None:
        for result in results:
            self.report.add(result)
            for error in result.errors:
                self.on_error(error)

    def _field_names(self, record: RawRecord) -> FieldNames:
        assert record.fields is not None
        available = list(record.fields)
        opts = self.options
        names = guess_fields(available, opts.text_field, opts.id_field, opts.rewrite_field)
        if names is None:
            raise ImportFileError(
                f"{self.path}: cannot tell which field holds the text (fields: "
                f"{', '.join(available) or 'none'}); name it with --text-field"
            )
        self.report.fields = names
        return names

    def _build(
        self,
        record: RawRecord,
        names: FieldNames | None,
        default_source: str,
        errors: list[RecordError],
    ) -> tuple[int, PassageRow] | None:
        file = record.file or self.file_label
        line = record.line or 0
        if record.error is not None or names is None or record.fields is None:
            errors.append(RecordError(file, line, record.error or "unreadable record"))
            return None
        try:
            source = record.fields.get("file") if record.file else default_source
            return line, build_row(record.fields, names, source or default_source)
        except BadRecord as exc:
            errors.append(RecordError(file, line, str(exc)))
            return None

    def _log_file_failure(self, reason: str) -> None:
        error = RecordError(self.file_label, 0, reason)
        self.report.errors += 1
        self.on_error(error)
        if self.import_id:
            with self.project.transaction() as conn:
                log_errors(conn, self.import_id, [error])

    def _finish(self) -> None:
        if not self.import_id:
            return
        with self.project.transaction() as conn:
            conn.execute(
                "UPDATE imports SET finished_at = ?, errors = ? WHERE id = ?",
                (utc_now(), self.report.errors, self.import_id),
            )


def _input_size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*.txt") if p.is_file()) or 1
    return path.stat().st_size or 1
