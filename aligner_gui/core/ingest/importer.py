"""Import: stream input files into a project, chunk by chunk.

Parsing (core.ingest.parsing) and writing (core.ingest.chunk_writer) are separate: a
large file is parsed in a helper process while this one writes, so both cores work.
Each transaction holds whole records only, so a crash never leaves half a record.
Re-running an import skips everything already in the project (same id, or same text
after normalization) and counts it as a duplicate; a file read line by line that an
earlier import left unfinished is read from where that one stopped (core.ingest.resume).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.flags.store import project_thresholds
from aligner_gui.core.ingest.chunk_writer import TRANSACTION_ROWS, ChunkResult, log_errors, write_chunks
from aligner_gui.core.ingest.parse_process import HelperDied, parse_in_subprocess
from aligner_gui.core.ingest.parsing import ImportOptions, ParsedChunk, check_chunk, flag_checker, parse_chunks
from aligner_gui.core.ingest.records import FieldNames, RecordError
from aligner_gui.core.ingest.resume import ResumePoint, resume_key, save_point, saved_point
from aligner_gui.core.ingest.sources import READ_ERRORS, ImportStopped, InputFile, cannot_read, check_encoding, detect
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.timestamps import utc_now
from aligner_gui.core.text.invisible import storable

# Inputs at least this large are parsed in a helper process. Starting one costs about
# a second, which only pays off when parsing takes longer than that.
SUBPROCESS_MIN_BYTES = 8 << 20

__all__ = ["FileReport", "ImportOptions", "RecordError", "import_files", "imports_after", "latest_import_id"]


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
    stopped: bool = False  # asked to stop before the end: what was written is kept
    begun: bool = True  # False: stopped before this file was opened
    from_pipe: bool = False  # a FIFO or device: read once, so never carried on
    # Carrying on an interrupted import of this file: after which line, or None; and
    # whether the file had changed since, so that it was read from the start instead.
    carried_on_after: int | None = None
    changed_since: bool = False

    def add(self, other: ChunkResult) -> None:
        self.imported += other.imported
        self.rewrites += other.rewrites
        self.duplicates += other.duplicates
        self.errors += len(other.errors)


ErrorCallback = Callable[[RecordError], None]
ProgressCallback = Callable[[FileReport, int, int], None]  # report, bytes done, bytes total (0: unknown)
StopCallback = Callable[[], bool]  # asked between chunks: True stops the import there


def import_files(
    project: Project,
    paths: Iterable[str | Path],
    options: ImportOptions | None = None,
    on_error: ErrorCallback | None = None,
    on_progress: ProgressCallback | None = None,
    stop: StopCallback | None = None,
) -> list[FileReport]:
    """Import each file in turn, holding the project's writer lock throughout.

    When ``stop`` says so, the import ends after the chunk being written, keeping all
    that was written: that file's report says ``stopped``, and each later file gets a
    report that says it was not ``begun``. Importing the same files again carries on
    where it stopped.
    """
    options = options or ImportOptions()
    if options.check_flags and options.flag_thresholds is None:
        options = replace(options, flag_thresholds=project_thresholds(project.conn))
    stop = stop or (lambda: False)
    reports: list[FileReport] = []
    waiting = [Path(path) for path in paths]
    with project.writer_lock("aligner import"):
        project.conn.execute("PRAGMA synchronous=NORMAL")
        try:
            while waiting and not stop():
                reports.append(_FileImporter(project, waiting.pop(0), options, on_error, on_progress, stop).run())
                if reports[-1].stopped:
                    break
        finally:
            project.conn.execute("PRAGMA synchronous=FULL")
    return reports + [FileReport(str(path), stopped=True, begun=False) for path in waiting]


class _FileImporter:
    def __init__(
        self,
        project: Project,
        path: Path,
        options: ImportOptions,
        on_error: ErrorCallback | None,
        on_progress: ProgressCallback | None,
        stop: StopCallback,
    ) -> None:
        self.project = project
        self.path = path
        self.file_label = storable(str(path))  # as records and errors name it
        self.path_label = storable(str(path.absolute()))  # as the imports table names it
        self.options = options
        self.on_error = on_error or (lambda error: None)
        self.on_progress = on_progress or (lambda report, done, total: None)
        self.stop = stop
        self.report = FileReport(str(path))
        self.import_id = 0
        self.resume_key = ""

    def run(self) -> FileReport:
        self._start()
        source: InputFile | None = None
        try:
            source = detect(self.path, self.options.format, self.stop)
            self.report.format, self.report.from_pipe = source.format, source.pipe is not None
            with self.project.transaction() as conn:
                conn.execute("UPDATE imports SET format = ? WHERE id = ?", (source.format, self.import_id))
            if source.format != "parquet" and not self.path.is_dir():
                check_encoding(source, self.options.encoding)
            self._stream(source, self._resume_point(source))
        except HelperDied as exc:
            if self.stop():  # a Ctrl+C that also reached the helper (see parse_process)
                self.report.stopped = True
            else:
                self._file_failed(str(exc))
        except ImportFileError as exc:
            self._file_failed(str(exc))
        except READ_ERRORS as exc:  # unreadable disk file
            self._file_failed(str(cannot_read(self.path, exc)))
        except ImportStopped:  # while waiting for a pipe's first bytes (see pipes)
            self.report.stopped = True
        finally:
            if source is not None:
                source.close()
        self._finish()
        return self.report

    def _start(self) -> None:
        opts = {k: v for k, v in asdict(self.options).items() if v is not None}
        row = {
            "path": self.path_label,
            "format": self.options.format,
            "options": json.dumps(opts),
            "started_at": utc_now(),
        }
        with self.project.transaction():
            self.import_id = self.project.db.table("imports").insert(row).last_rowid or 0

    def _resume_point(self, source: InputFile) -> ResumePoint | None:
        """Where an interrupted import of this file with these options stopped; noted in
        this import's row at once, so that a kill before its first commit loses nothing."""
        opts = self.options
        fields = [opts.text_field, opts.id_field, opts.rewrite_field]
        self.resume_key = resume_key(self.path_label, source.format, opts.encoding, fields)
        # A pipe holds other bytes at each import: it is never carried on.
        point = None if source.pipe else saved_point(self.project, self.resume_key, self.import_id)
        with self.project.transaction() as conn:
            save_point(conn, self.import_id, self.resume_key, point)
        return point

    def _stream(self, source: InputFile, resume_from: ResumePoint | None) -> None:
        total = 0 if source.pipe else _input_size(self.path)  # 0: unknown

        def written(result: ChunkResult) -> None:  # inside the chunk's transaction
            if result.resume is not None:
                save_point(self.project.conn, self.import_id, self.resume_key, result.resume)

        def committed(result: ChunkResult) -> None:
            if result.carried_on is not None:
                self.report.carried_on_after = resume_from.line if result.carried_on and resume_from else None
                self.report.changed_since = not result.carried_on
            self.report.add(result)
            for error in result.errors:
                self.on_error(error)
            self.on_progress(self.report, result.bytes_read, total)

        # closing(): stop a helper process now, not when the generator is collected.
        with closing(self._parsed(source, total, resume_from)) as chunks:
            stopped = write_chunks(
                self.project,
                self.import_id,
                self.file_label,
                chunks,
                written,
                committed,
                self.stop,
                self.options.transaction_rows or TRANSACTION_ROWS,
            )
        self.report.stopped = stopped
        if not stopped:
            self.on_progress(self.report, total, total)

    def _parsed(self, source: InputFile, total: int, resume_from: ResumePoint | None) -> Iterator[ParsedChunk]:
        in_subprocess = self.options.parse_in_subprocess
        if in_subprocess is None:
            in_subprocess = total >= SUBPROCESS_MIN_BYTES
        if source.pipe is not None:
            in_subprocess = False  # the pipe is open in this process, and read only once
        parse = parse_in_subprocess if in_subprocess else parse_chunks
        chunks = parse(source, self.options, resume_from, self.stop)
        checker = flag_checker(self.options)
        for chunk in chunks:
            if self.report.fields is None:
                self.report.fields = chunk.fields
            if checker is not None:
                check_chunk(chunk, checker)  # unless the helper process did
            yield chunk

    def _file_failed(self, reason: str) -> None:
        self.report.failed = reason
        error = RecordError(self.file_label, 0, storable(reason), whole_file=True)
        self.report.errors += 1
        self.on_error(error)
        if self.import_id:
            with self.project.transaction() as conn:
                log_errors(conn, self.import_id, [error])

    def _finish(self) -> None:
        if not self.import_id:
            return
        finished_at = None if self.report.stopped else utc_now()  # a stopped import did not finish
        with self.project.transaction() as conn:
            conn.execute(
                "UPDATE imports SET finished_at = ?, errors = ? WHERE id = ?",
                (finished_at, self.report.errors, self.import_id),
            )


def latest_import_id(project: Project) -> int:
    return project.conn.execute("SELECT coalesce(max(id), 0) FROM imports").fetchone()[0]


def imports_after(project: Project, import_id: int) -> list[FileReport]:
    """The committed counts of the imports recorded after ``import_id``, file by file:
    what to report when an import failed part-way and its own reports were lost."""
    rows = project.db.table("imports").rows_where(
        "id > ?", [import_id], order_by="id", select="path, format, imported, rewrites, duplicates, errors"
    )
    return [FileReport(**row) for row in rows]


def _input_size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*.txt") if p.is_file()) or 1
    return path.stat().st_size or 1
