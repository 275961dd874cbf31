"""Turning one input file into chunks of passage rows and record errors.

This is the CPU-heavy half of an import (decoding, JSON, normalization, hashing). It
touches no database, so it can run in a helper process (see parse_process) while the
importer writes earlier chunks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.readers import RawRecord, read_records
from aligner_gui.core.ingest.records import BadRecord, FieldNames, PassageRow, RecordError, build_row, guess_fields
from aligner_gui.core.ingest.sources import READ_ERRORS, ByteCounter, InputFile, cannot_read


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


@dataclass
class ParsedChunk:
    rows: list[tuple[int, PassageRow]] = field(default_factory=list)  # (line, row)
    errors: list[RecordError] = field(default_factory=list)
    bytes_read: int = 0
    fields: FieldNames | None = None  # the field names in use, once known


def parse_chunks(source: InputFile, options: ImportOptions) -> Iterator[ParsedChunk]:
    """Yield the file's records as chunks of at most ``options.chunk_size`` records.

    A failure that stops the whole file (unreadable, truncated gzip, no text field)
    raises ImportFileError, after the chunk read so far has been yielded: what was
    read before the failure is kept.
    """
    counter = ByteCounter()
    parser = _RecordParser(source, options)
    chunk = ParsedChunk()

    def finished(chunk: ParsedChunk) -> ParsedChunk:
        chunk.bytes_read, chunk.fields = counter.count, parser.names
        return chunk

    try:
        for record in read_records(source, options.encoding, counter):
            parser.add(record, chunk)
            if len(chunk.rows) + len(chunk.errors) >= options.chunk_size:
                yield finished(chunk)
                chunk = ParsedChunk()
    except (ImportFileError, *READ_ERRORS) as exc:
        yield finished(chunk)
        if isinstance(exc, ImportFileError):
            raise
        raise cannot_read(source.path, exc) from exc
    yield finished(chunk)


class _RecordParser:
    def __init__(self, source: InputFile, options: ImportOptions) -> None:
        self.path = source.path
        self.file_label = str(source.path)
        self.options = options
        self.default_source = Path(source.path).name
        self.names: FieldNames | None = None

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
