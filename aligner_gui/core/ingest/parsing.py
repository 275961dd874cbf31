"""Turning one input file into chunks of passage rows and record errors.

This is the CPU-heavy half of an import (decoding, JSON, normalization, hashing). It
touches no database, so it can run in a helper process (see parse_process) while the
importer writes earlier chunks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass, field
from pathlib import Path

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.flags.check import Checker
from aligner_gui.core.ingest.readers import RawRecord, read_records
from aligner_gui.core.ingest.records import BadRecord, FieldNames, PassageRow, RecordError, build_row, guess_fields
from aligner_gui.core.ingest.resume import PrefixChanged, ResumePoint, StreamPosition
from aligner_gui.core.ingest.sources import READ_ERRORS, ByteCounter, ImportStopped, InputFile, cannot_read
from aligner_gui.core.text.invisible import storable


@dataclass
class ImportOptions:
    format: str = "auto"
    text_field: str | None = None
    id_field: str | None = None
    rewrite_field: str | None = None
    encoding: str = "utf-8"
    chunk_size: int = 2000  # records per parsed chunk
    # Records per transaction; None: chunk_writer.TRANSACTION_ROWS. Fewer keep other
    # writers' waits short (the app imports beside the review), at some cost in speed.
    transaction_rows: int | None = None
    # Parse in a helper process: None decides by input size (see importer).
    parse_in_subprocess: bool | None = None
    # Check each imported rewrite for flags (check_chunk), under these thresholds (the
    # project's; None: the defaults).
    check_flags: bool = True
    flag_thresholds: dict[str, float] | None = None
    # Processes that check rewrites beside a parsing helper (0: the parser and the importer
    # share the checks); None: by cores (see parse_process).
    flag_checkers: int | None = None


@dataclass
class ParsedChunk:
    rows: list[tuple[int, PassageRow]] = field(default_factory=list)  # (line, row)
    errors: list[RecordError] = field(default_factory=list)
    bytes_read: int = 0
    fields: FieldNames | None = None  # the field names in use, once known
    resume: ResumePoint | None = None  # where to carry on after this chunk (line formats)
    # In the first chunk of an import that was to carry on an earlier one: whether it did
    # (the file had not changed) or read the file from the start.
    carried_on: bool | None = None
    read_before_stop: bool = False  # the last chunk, read when a stop came: to be written
    flags_checked: int = 0  # how many rows, from the first, check_chunk has checked for flags


def flag_checker(options: ImportOptions) -> Checker | None:
    """What checks the import's rewrites for flags; None when the import does not."""
    return Checker(options.flag_thresholds) if options.check_flags else None


def check_chunk(chunk: ParsedChunk, checker: Checker, rows: int | None = None) -> None:
    """Give the next ``rows`` rows of ``chunk`` (None: all the rest) that have a rewrite
    their flags. Parsing leaves this out: another process does it, or whichever process
    has time for it (see parse_process)."""
    start = chunk.flags_checked
    end = len(chunk.rows) if rows is None else min(len(chunk.rows), start + rows)
    for i in range(start, end):
        line, row = chunk.rows[i]
        if row.rewrite is not None:
            chunk.rows[i] = (line, row._replace(flags=checker.rows(row.text, row.rewrite)))
    chunk.flags_checked = end


def parse_chunks(
    source: InputFile,
    options: ImportOptions,
    resume_from: ResumePoint | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[ParsedChunk]:
    """Yield the file's records as chunks of at most ``options.chunk_size`` records,
    starting after ``resume_from`` when the file still holds what came before it.

    A failure that stops the whole file (unreadable, truncated gzip, no text field)
    raises ImportFileError, after the chunk read so far has been yielded: what was
    read before the failure is kept. ImportStopped when ``stop`` says so while reading
    (an endless line, a pipe that waits for its writer), after the records read so far
    (a pipe cannot give them again) have been yielded as a chunk marked ``read_before_stop``.
    """
    counter = ByteCounter(stop)
    position = StreamPosition(resume_from)
    parser = _RecordParser(source, options, resume_from)
    chunk = ParsedChunk(carried_on=None if resume_from is None else True)

    def finished(chunk: ParsedChunk) -> ParsedChunk:
        chunk.bytes_read, chunk.fields = counter.count, parser.names
        chunk.resume = position.point(list(astuple(parser.names)) if parser.names else None)
        return chunk

    def records() -> Iterator[RawRecord]:
        nonlocal position
        try:
            yield from read_records(source, options.encoding, counter, position)
        except PrefixChanged:  # raised before any record: start again from the top
            chunk.carried_on, parser.names, position = False, None, StreamPosition()
            counter.count = 0  # what was read to check the file is read again
            yield from read_records(source, options.encoding, counter, position)

    try:
        for record in records():
            parser.add(record, chunk)
            if len(chunk.rows) + len(chunk.errors) >= options.chunk_size:
                yield finished(chunk)
                chunk = ParsedChunk()
                counter.chunk_began_at = counter.count
    except ImportStopped:
        chunk.read_before_stop = True
        yield finished(chunk)
        raise
    except (ImportFileError, *READ_ERRORS) as exc:
        yield finished(chunk)
        if isinstance(exc, ImportFileError):
            raise
        raise cannot_read(source.path, exc) from exc
    yield finished(chunk)


class _RecordParser:
    def __init__(self, source: InputFile, options: ImportOptions, resume_from: ResumePoint | None) -> None:
        self.path = source.path
        self.file_label = storable(str(source.path))
        self.options = options
        self.default_source = storable(Path(source.path).name)
        # Carrying on: the fields chosen from the file's first record, not the next one's.
        fields = resume_from.fields if resume_from is not None else None
        self.names: FieldNames | None = FieldNames(*fields) if fields else None

    def add(self, record: RawRecord, chunk: ParsedChunk) -> None:
        if record.error is None and self.names is None:
            self.names = self._field_names(record)
        file = record.file or self.file_label
        line = record.line or 0
        if record.error is not None or self.names is None or record.fields is None:
            chunk.errors.append(RecordError(file, line, record.error or "unreadable record"))
            return
        try:
            source = record.fields.get("file") if record.file else self.default_source
            chunk.rows.append((line, build_row(record.fields, self.names, source or self.default_source)))
        except BadRecord as exc:
            chunk.errors.append(RecordError(file, line, str(exc)))

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
        return names
