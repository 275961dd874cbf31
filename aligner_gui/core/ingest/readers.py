"""Streaming readers: each turns one input file into raw records, in constant memory.

A reader never raises for a bad record; it yields a :class:`RawRecord` with ``error``
set and carries on. Text is decoded with ``surrogateescape`` so that an undecodable
byte survives as a lone surrogate, which the importer reports per record.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.sources import ByteCounter, InputFile

# A record (a JSON line, a CSV row, a text passage) larger than this is reported and
# skipped without being held in memory. Documented in the README.
MAX_RECORD_BYTES = 16 * 1024 * 1024

_READ_PIECE = 1 << 20


@dataclass
class RawRecord:
    line: int | None
    fields: dict[str, Any] | None = None
    error: str | None = None
    file: str | None = None  # set when the record comes from a file inside a folder


def read_records(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    readers = {
        "jsonl": _read_jsonl,
        "json": _read_json_array,
        "csv": _read_csv,
        "tsv": _read_csv,
        "txt": _read_text,
        "parquet": _read_parquet,
    }
    yield from readers[file.format](file, encoding, counter)


# -- line-based formats ------------------------------------------------------------


def _lines(stream: BinaryIO, encoding: str) -> Iterator[tuple[int, str | None]]:
    """Yield (line number, decoded line) pairs; None for a line over the size limit."""
    number = 0
    first = True
    while True:
        raw = stream.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
            continue
        text = raw.decode(encoding, errors="surrogateescape")
        if first:
            text = text.removeprefix("\ufeff")
            first = False
        yield number, text


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        piece = stream.readline(_READ_PIECE)
        if not piece or piece.endswith(b"\n"):
            return


def _too_large(line: int | None) -> RawRecord:
    return RawRecord(line, error=f"record is over the {MAX_RECORD_BYTES // (1024 * 1024)} MiB limit")


def _read_jsonl(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    with file.open_binary(counter) as stream:
        for number, text in _lines(stream, encoding):
            if text is None:
                yield _too_large(number)
                continue
            if not text.strip():
                continue
            yield _parse_json_record(number, text.rstrip("\r\n"))


def _parse_json_record(number: int, text: str) -> RawRecord:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return RawRecord(number, error=f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return RawRecord(number, error="invalid JSON: nested too deeply")
    if not isinstance(value, dict):
        return RawRecord(number, error=f"expected a JSON object, got {_json_kind(value)}")
    return RawRecord(number, value)


def _json_kind(value: object) -> str:
    kinds = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return kinds.get(type(value), "a number")


def _read_text(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    if file.path.is_dir():
        yield from _read_text_folder(file.path, encoding, counter)
        return
    with file.open_binary(counter) as stream:
        yield from _blank_line_passages(_lines(stream, encoding))


def _blank_line_passages(lines: Iterator[tuple[int, str | None]]) -> Iterator[RawRecord]:
    start, parts, size, oversize = None, [], 0, False
    for number, text in lines:
        if text is not None and not text.strip():
            if start is not None:
                yield _too_large(start) if oversize else RawRecord(start, {"text": "".join(parts)})
            start, parts, size, oversize = None, [], 0, False
            continue
        if start is None:
            start = number
        if text is None or size + len(text) > MAX_RECORD_BYTES:
            oversize, parts = True, []
            continue
        if not oversize:
            parts.append(text)
            size += len(text)
    if start is not None:
        yield _too_large(start) if oversize else RawRecord(start, {"text": "".join(parts)})


def _read_text_folder(folder: Path, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        raise ImportFileError(f"{folder}: the folder holds no .txt files")
    for path in files:
        name = str(path.relative_to(folder))
        size = path.stat().st_size
        counter.count += size
        if size > MAX_RECORD_BYTES:
            yield RawRecord(None, error=_too_large(None).error, file=str(path))
            continue
        text = path.read_bytes().decode(encoding, errors="surrogateescape").removeprefix("\ufeff")
        yield RawRecord(None, {"text": text, "file": name}, file=str(path))


# -- JSON array ----------------------------------------------------------------------


def _read_json_array(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    """Stream the elements of a top-level JSON array without loading the whole file."""
    import codecs

    decoder = json.JSONDecoder()
    with file.open_binary(counter) as stream:
        text_decoder = codecs.getincrementaldecoder(encoding)(errors="surrogateescape")
        buffer, line, pos, eof = "", 1, 0, False

        def fill() -> bool:
            nonlocal buffer, pos, eof
            piece = stream.read(_READ_PIECE)
            eof = not piece
            buffer = buffer[pos:] + text_decoder.decode(piece, final=eof)
            pos = 0
            return not eof

        def skip_space() -> None:
            nonlocal pos, line
            while True:
                while pos < len(buffer) and buffer[pos] in " \t\r\n\ufeff":
                    line += buffer[pos] == "\n"
                    pos += 1
                if pos < len(buffer) or not fill():
                    return

        skip_space()
        if pos >= len(buffer) or buffer[pos] != "[":
            raise ImportFileError(f"{file.path}: line {line}: expected a JSON array ('[')")
        pos += 1
        expect_item = True
        while True:
            skip_space()
            if pos >= len(buffer):
                raise ImportFileError(f"{file.path}: line {line}: the JSON array is not closed")
            if buffer[pos] == "]":
                return
            if buffer[pos] == "," and not expect_item:
                pos += 1
                expect_item = True
                continue
            start_line = line
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, pos)
                    break
                except json.JSONDecodeError as exc:
                    if len(buffer) - pos > MAX_RECORD_BYTES:
                        raise ImportFileError(
                            f"{file.path}: line {start_line}: element is over the size limit "
                            "or invalid JSON; the rest of the array cannot be read"
                        ) from exc
                    if not fill():
                        raise ImportFileError(
                            f"{file.path}: line {line + buffer.count(chr(10), pos, exc.pos)}: invalid JSON: "
                            f"{exc.msg}; the rest of the array cannot be read"
                        ) from exc
            line += buffer.count("\n", pos, end)
            pos = end
            expect_item = False
            if isinstance(value, dict):
                yield RawRecord(start_line, value)
            else:
                yield RawRecord(start_line, error=f"expected a JSON object, got {_json_kind(value)}")


# -- CSV / TSV -------------------------------------------------------------------------


def _read_csv(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    csv.field_size_limit(MAX_RECORD_BYTES)
    delimiter = "\t" if file.format == "tsv" else ","
    with file.open_binary(counter) as stream:
        line_numbers = _LineTracker(_lines(stream, encoding))
        reader = csv.reader(line_numbers, delimiter=delimiter)
        header = None
        row_number = 0
        while True:
            start = line_numbers.number + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield RawRecord(start, error=f"unreadable CSV row: {exc}")
                continue
            if line_numbers.oversize:
                line_numbers.oversize = False
                yield _too_large(start)
                continue
            if not row or row == [""]:
                continue
            if header is None:
                header = [name.strip() for name in row]
                continue
            row_number += 1
            if len(row) != len(header):
                yield RawRecord(
                    start,
                    error=f"row {row_number} has {len(row)} fields; the header has {len(header)}",
                )
                continue
            yield RawRecord(start, dict(zip(header, row, strict=True)))


class _LineTracker:
    """Feeds decoded lines to csv.reader and remembers the last physical line number."""

    def __init__(self, lines: Iterator[tuple[int, str | None]]) -> None:
        self._lines = lines
        self.number = 0
        self.oversize = False

    def __iter__(self) -> _LineTracker:
        return self

    def __next__(self) -> str:
        self.number, text = next(self._lines)
        if text is None:
            self.oversize = True
            return "\n"
        return text


# -- Parquet ---------------------------------------------------------------------------


def _read_parquet(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file.path)
    except (pa.ArrowException, OSError) as exc:
        raise ImportFileError(f"{file.path}: not a readable Parquet file: {exc}") from exc
    total = max(parquet.metadata.num_rows, 1)
    size = file.path.stat().st_size
    row = 0
    with parquet:
        for batch in parquet.iter_batches(batch_size=2048):
            for fields in batch.to_pylist():
                row += 1
                yield RawRecord(row, fields)
            counter.count = size * row // total
