"""Streaming readers: each turns one input file into raw records, in constant memory.

A reader never raises for a bad record; it yields a :class:`RawRecord` with ``error``
set and carries on. An undecodable byte survives decoding as a lone surrogate (see
sources.UNDECODABLE), which the importer reports per record.
"""

from __future__ import annotations

from collections.abc import Iterator

from aligner_gui.core.ingest.readers.csv_rows import _read_csv
from aligner_gui.core.ingest.readers.json_array import _read_json_array
from aligner_gui.core.ingest.readers.json_lines import _read_jsonl
from aligner_gui.core.ingest.readers.lines import MAX_RECORD_BYTES, RawRecord
from aligner_gui.core.ingest.readers.parquet import _read_parquet
from aligner_gui.core.ingest.readers.text import _read_text
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import ByteCounter, InputFile, file_encoding, text_codec

__all__ = ["MAX_RECORD_BYTES", "RawRecord", "read_records"]


def read_records(
    file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition | None = None
) -> Iterator[RawRecord]:
    """The file's records; ``encoding`` is --encoding, which a byte order mark overrides
    (see sources.encoding_for) and Parquet, always UTF-8, ignores. Readers of lines keep
    ``position`` (where to carry on) and start at its resume point (see core.ingest.resume)."""
    position = position or StreamPosition()
    if file.format != "parquet":
        encoding = text_codec(encoding, file.path) if file.path.is_dir() else file_encoding(file, encoding)
    readers = {
        "jsonl": _read_jsonl,
        "json": _read_json_array,
        "csv": _read_csv,
        "tsv": _read_csv,
        "txt": _read_text,
        "parquet": _read_parquet,
    }
    yield from readers[file.format](file, encoding, counter, position)
