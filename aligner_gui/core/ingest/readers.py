"""Streaming readers: each turns one input file into raw records, in constant memory.

A reader never raises for a bad record; it yields a :class:`RawRecord` with ``error``
set and carries on. An undecodable byte survives decoding as a lone surrogate (see
sources.UNDECODABLE), which the importer reports per record.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.records import MAX_TEXT_CHARS
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import (
    UNDECODABLE,
    ByteCounter,
    InputFile,
    encoding_for,
    file_encoding,
    sniff,
    text_codec,
)
from aligner_gui.core.invisible import storable

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
    if file.format in ("jsonl", "csv", "tsv") or (file.format == "txt" and not file.path.is_dir()):
        yield from readers[file.format](file, encoding, counter, position)
    else:
        yield from readers[file.format](file, encoding, counter)


# -- line-based formats ------------------------------------------------------------


def _lines(
    stream: BinaryIO, encoding: str, position: StreamPosition, cr_ends_lines: bool = False
) -> Iterator[tuple[int, str | None]]:
    """(line number, decoded line) pairs; None for a line over the size limit.

    Reads up to ``position``'s resume point at once (so that what it restores, a CSV
    header, is known before the first line), and keeps it up to date with what is read.

    UTF-8 is split on its b"\\n" bytes and each line decoded alone. Any other encoding is
    decoded first and read as UTF-8 (see _Utf8Reader): in UTF-16 and UTF-32 a 0x0A byte is
    part of many characters, EBCDIC ends a line with 0x25, and the state of ISO-2022, HZ
    or UTF-7 may run on across a line end. The size limit is then on the UTF-8 form.

    ``cr_ends_lines``: lines end with CR alone, and CR and LF come swapped (see _read_csv).
    """
    errors = UNDECODABLE
    if encoding != "utf-8":
        stream, encoding, errors = _utf8_stream(stream, encoding), "utf-8", "surrogatepass"
    if cr_ends_lines:
        stream = io.BufferedReader(_SwappedLineEnds(stream), buffer_size=_READ_PIECE)  # type: ignore[assignment]
    position.catch_up(stream)
    return _split_lines(stream, encoding, errors, position)


def _split_lines(
    stream: BinaryIO, encoding: str, errors: str, position: StreamPosition
) -> Iterator[tuple[int, str | None]]:
    first = position.offset == 0
    while True:
        raw = stream.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        number = position.advance(raw, lines=1)
        if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream, position)
            yield number, None
            continue
        text = raw.decode(encoding, errors)
        if first:
            text = text.removeprefix("\ufeff")
            first = False
        yield number, text


def _utf8_stream(stream: BinaryIO, encoding: str) -> BinaryIO:
    return io.BufferedReader(_Utf8Reader(stream, encoding), buffer_size=_READ_PIECE)  # type: ignore[return-value]


class _Utf8Reader(io.RawIOBase):
    """``stream`` decoded from ``encoding`` and encoded again as UTF-8. An undecodable
    byte, already a lone surrogate (UNDECODABLE), passes as one ("surrogatepass")."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder(encoding)(UNDECODABLE)
        self._pending = memoryview(b"")
        self._at_end = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while not self._pending and not self._at_end:
            piece = self._stream.read(_READ_PIECE)
            self._at_end = not piece
            text = self._decoder.decode(piece, final=self._at_end)
            self._pending = memoryview(text.encode("utf-8", "surrogatepass"))
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _skip_rest_of_line(stream: BinaryIO, position: StreamPosition) -> None:
    while True:
        piece = stream.readline(_READ_PIECE)
        position.advance(piece, lines=0)
        if not piece or piece.endswith(b"\n"):
            return


def _too_large(line: int | None) -> RawRecord:
    return RawRecord(line, error=f"record is over the {MAX_RECORD_BYTES // (1024 * 1024)} MiB limit")


def _read_jsonl(file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition) -> Iterator[RawRecord]:
    with file.open_binary(counter) as stream:
        for number, text in _lines(stream, encoding, position):
            if text is not None and not text.strip():
                continue
            position.record_ends()
            yield _too_large(number) if text is None else _parse_json_record(number, text.rstrip("\r\n"))


def _parse_json_record(number: int, text: str) -> RawRecord:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return _invalid_json(number, exc)
    except (RecursionError, ValueError):  # beyond Python's limits: see _beyond_json_limits
        try:
            refused, _ = _beyond_json_limits(text, len(text) - len(text.lstrip(" \t\r\n")))
        except json.JSONDecodeError as exc:
            return _invalid_json(number, exc)
        return RawRecord(number, error=refused.reason)
    if not isinstance(value, dict):
        return RawRecord(number, error=f"expected a JSON object, got {_json_kind(value)}")
    return RawRecord(number, value)


def _invalid_json(number: int, exc: json.JSONDecodeError) -> RawRecord:
    return RawRecord(number, error=f"invalid JSON: {exc.msg} (column {exc.colno})")


@dataclass(frozen=True)
class _Refused:
    """A well-formed JSON value that Python cannot hold, and why."""

    reason: str


def _beyond_json_limits(text: str, pos: int) -> tuple[_Refused, int | None]:
    """Why json refused the value at ``pos`` with other than a JSONDecodeError, and where
    the value ends (None: nested too deeply to tell, see _nested_end).

    Python's json recurses once per nesting level, and int() refuses more digits than
    sys.get_int_max_str_digits() (4,300 by default). Decoding again with a parse_int that
    lets long integers through tells which. Raises JSONDecodeError if the text is also
    invalid (or cut short: a JSON array is read piece by piece).
    """
    integers = _LongIntegers()
    try:
        _, end = json.JSONDecoder(parse_int=integers).raw_decode(text, pos)
    except RecursionError:
        return _Refused("invalid JSON: nested too deeply"), None
    limit = sys.get_int_max_str_digits()
    return _Refused(f"a number with {integers.longest:,} digits is over the {limit:,}-digit limit"), end


class _LongIntegers:
    """A json parse_int that reads an integer over the digit limit as 0, noting its length."""

    def __init__(self) -> None:
        self.longest = 0

    def __call__(self, literal: str) -> int:
        digits = len(literal.lstrip("-"))
        if digits <= sys.get_int_max_str_digits():
            return int(literal)
        self.longest = max(self.longest, digits)
        return 0


# What tells where a JSON value ends: whole strings, brackets, and a quote that opens a
# string not closed in the text read so far.
_JSON_STRUCTURE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[][{}]|"', re.DOTALL)


def _nested_end(text: str, start: int, depth: int) -> tuple[int | None, int, int]:
    """Find the end of a JSON value by counting its brackets, without recursion.

    Scans from ``start``, ``depth`` brackets deep: returns (the value's end, the same, 0),
    or (None, where to scan on from once more text is read, the depth there).
    """
    for match in _JSON_STRUCTURE.finditer(text, start):
        token = match.group()
        if token == '"':
            return None, match.start(), depth
        if token[0] == '"':
            continue
        depth += 1 if token in "[{" else -1
        if depth == 0:
            return match.end(), match.end(), 0
    return None, len(text), depth


def _json_kind(value: object) -> str:
    kinds = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return kinds.get(type(value), "a number")


def _read_text(
    file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition | None = None
) -> Iterator[RawRecord]:
    if file.path.is_dir():
        yield from _read_text_folder(file.path, encoding, counter)
        return
    position = position or StreamPosition()
    with file.open_binary(counter) as stream:
        yield from _blank_line_passages(_lines(stream, encoding, position), position)


def _blank_line_passages(lines: Iterator[tuple[int, str | None]], position: StreamPosition) -> Iterator[RawRecord]:
    start, parts, size, oversize = None, [], 0, False
    for number, text in lines:
        if text is not None and not text.strip():
            if start is not None:
                position.record_ends()  # after the blank line that ends the passage
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
            yield RawRecord(1, error=_too_large(None).error, file=storable(str(path)))
            continue
        data = path.read_bytes()
        try:
            file_encoding = encoding_for(data, encoding)
        except ValueError as exc:  # UTF-16 or UTF-32 without a byte order mark
            yield RawRecord(1, error=str(exc), file=storable(str(path)))
            continue
        text = data.decode(file_encoding, UNDECODABLE).removeprefix("\ufeff")
        # Its text starts at line 1; names that are not UTF-8 are stored escaped.
        yield RawRecord(1, {"text": text, "file": storable(name)}, file=storable(str(path)))


# -- JSON array ----------------------------------------------------------------------


def _read_json_array(file: InputFile, encoding: str, counter: ByteCounter) -> Iterator[RawRecord]:
    """Stream the elements of a top-level JSON array without loading the whole file.

    What may follow the array is what tools that concatenate JSON write: more arrays,
    whose elements are read as well, and objects, each one record. Anything else there is
    reported as a bad record, and ends the file.
    """
    with file.open_binary(counter) as stream:
        text = _JsonText(stream, encoding, file.path)
        text.skip_space()
        if text.next_char() != "[":
            raise ImportFileError(f"{file.path}: line {text.line}: expected a JSON array ('[')")
        while (first := text.next_char()) in ("[", "{"):
            if first == "[":
                yield from text.array_elements()
            else:
                yield text.element(False)
            text.skip_space()
        if first:
            yield RawRecord(text.line, error="unexpected data after the JSON array; the rest of the file is not read")


class _JsonText:
    """A JSON file's text, decoded a piece at a time: what is not read yet is buffer[pos:]."""

    __slots__ = ("_stream", "_text_decoder", "_json", "path", "buffer", "pos", "line", "eof", "_column_base")

    def __init__(self, stream: BinaryIO, encoding: str, path: Path) -> None:
        self._stream = stream
        self._text_decoder = codecs.getincrementaldecoder(encoding)(UNDECODABLE)
        self._json = json.JSONDecoder()
        self.path = path
        self.buffer, self.pos, self.line, self.eof = "", 0, 1, False
        self._column_base = 0  # how far into its line buffer[0] is

    def fill(self) -> bool:
        """Read on from the file, dropping what is read; False once nothing more came."""
        piece = self._stream.read(_READ_PIECE)
        self.eof = not piece
        text = self._text_decoder.decode(piece, final=self.eof)
        self._column_base = self.column(self.pos) - 1
        self.buffer = self.buffer[self.pos :] + text
        self.pos = 0
        return bool(piece or text)

    def column(self, index: int) -> int:
        """The column of buffer[index], counted from 1."""
        line_start = self.buffer.rfind("\n", 0, index) + 1
        return index - line_start + 1 + (self._column_base if line_start == 0 else 0)

    def skip_space(self) -> None:
        while True:
            buffer, pos, line = self.buffer, self.pos, self.line
            while pos < len(buffer) and buffer[pos] in " \t\r\n\ufeff":
                line += buffer[pos] == "\n"
                pos += 1
            self.pos, self.line = pos, line
            if pos < len(buffer) or not self.fill():
                return

    def next_char(self) -> str:
        """The next character, after skip_space; "" at the end of the file."""
        return self.buffer[self.pos : self.pos + 1]

    def array_elements(self) -> Iterator[RawRecord]:
        """The records of the array at pos, which ends past its closing bracket."""
        self.pos += 1
        expect_item = True
        while True:
            self.skip_space()
            char = self.buffer[self.pos : self.pos + 1]
            if char == "," and not expect_item:
                self.pos += 1
                expect_item = True
            elif char == "]":
                self.pos += 1
                return
            elif char:
                expect_item = False
                yield self.element(True)
            else:
                raise ImportFileError(f"{self.path}: line {self.line}: the JSON array is not closed")

    def element(self, in_array: bool) -> RawRecord:
        """The JSON value at pos as a record; pos moves past it.

        Invalid JSON is reported and skipped up to where it ends (see _ElementEnd), so
        that what comes after it is read.
        """
        start_line, buffer, pos = self.line, self.buffer, self.pos
        try:  # the usual case first, kept quick: an object wholly in the text read so far
            value, end = self._json.raw_decode(buffer, pos)
        except (RecursionError, ValueError):
            pass
        else:
            if type(value) is dict and end < len(buffer):
                self.line += buffer.count("\n", pos, end)
                self.pos = end
                return RawRecord(start_line, value)
        scan: _ElementEnd | None = None
        while True:
            decoded = self._decode(start_line)
            if isinstance(decoded, tuple):
                value, end = decoded
                # A number that ends where the text read so far ends may go on in the next piece.
                if end < len(self.buffer) or self.eof or not isinstance(value, int | float):
                    return self._moved_to(end, _element_record(start_line, value))
            else:
                scan = scan or _ElementEnd(in_array)
                end = scan.find(self.buffer, self.pos)
                if end is not None:
                    return self._moved_to(end, RawRecord(start_line, error=self._invalid(decoded, start_line)))
            if self.eof:  # invalid, and not ended before the end of the file
                reason = self._invalid(decoded, start_line)
                raise ImportFileError(f"{self.path}: line {start_line}: {reason}; the rest of the array cannot be read")
            if len(self.buffer) - self.pos > MAX_RECORD_BYTES:
                raise self._too_large(start_line)
            self.fill()

    def _decode(self, start_line: int) -> tuple[Any, int] | json.JSONDecodeError:
        """json's reading of the value at pos, or a _Refused for one beyond Python's
        limits, and where it ends; or why it is invalid in the text read so far."""
        try:
            return self._json.raw_decode(self.buffer, self.pos)
        except json.JSONDecodeError as exc:
            return exc
        except (RecursionError, ValueError):
            try:
                refused, end = _beyond_json_limits(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                return exc
            return refused, self._skip_nested(start_line) if end is None else end

    def _skip_nested(self, start_line: int) -> int:
        """The end of the value at pos, too deeply nested for json, reading on as needed."""
        scanned, depth = self.pos, 0
        while True:
            end, scanned, depth = _nested_end(self.buffer, scanned, depth)
            if end is not None:
                return end
            if len(self.buffer) - self.pos > MAX_RECORD_BYTES:
                raise self._too_large(start_line)
            scanned -= self.pos  # fill() moves the value to the start of the buffer
            if not self.fill():
                raise ImportFileError(f"{self.path}: line {start_line}: the JSON array is not closed")

    def _moved_to(self, end: int, record: RawRecord) -> RawRecord:
        self.line += self.buffer.count("\n", self.pos, end)
        self.pos = end
        return record

    def _invalid(self, exc: json.JSONDecodeError, start_line: int) -> str:
        line = self.line + self.buffer.count("\n", self.pos, exc.pos)
        where = f"line {line:,}, " if line != start_line else ""
        return f"invalid JSON: {exc.msg} ({where}column {self.column(exc.pos):,})"

    def _too_large(self, start_line: int) -> ImportFileError:
        return ImportFileError(
            f"{self.path}: line {start_line}: element is over the size limit "
            "or invalid JSON; the rest of the array cannot be read"
        )


def _element_record(line: int, value: object) -> RawRecord:
    if isinstance(value, _Refused):
        return RawRecord(line, error=value.reason)
    if isinstance(value, dict):
        return RawRecord(line, value)
    return RawRecord(line, error=f"expected a JSON object, got {_json_kind(value)}")


# Where an invalid JSON value ends: strings (JSON has no line break in one), brackets,
# commas, and a quote that opens no string closed on its line.
_ELEMENT_STRUCTURE = re.compile(r'"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"|[][{},]|"')
_CLOSES = {"]": ord("["), "}": ord("{")}


class _ElementEnd:
    """Finds where an invalid JSON value ends. In an array: at the first ',' or ']'
    outside its strings and brackets; a ']' with no '[' open is the array's end. Else:
    where its brackets close. The search carries on where it stopped once more text is read.

    A closing bracket closes the innermost one of its kind, and those opened inside it,
    so that one left open (``{"a": [1}``) does not swallow the elements after it. A quote
    that opens no string closed on its line (a stray quote) is passed over.
    """

    def __init__(self, in_array: bool) -> None:
        self._in_array = in_array
        self._open = bytearray()  # the brackets open, innermost last
        self._counts = {ord("["): 0, ord("{"): 0}
        self._scanned = 0  # how far past the element's start the search has gone

    def find(self, text: str, start: int) -> int | None:
        """Where the element at text[start] ends, or None if not in the text so far."""
        pos = start + self._scanned
        while match := _ELEMENT_STRUCTURE.search(text, pos):
            token, pos = match.group(), match.end()
            if token == '"' and text.find("\n", pos) < 0:
                pos = match.start()  # a string that may be closed in the text not read yet
                break
            elif token in "[{":
                self._open.append(ord(token))
                self._counts[ord(token)] += 1
            elif token == "," and not self._open and self._in_array:
                return match.start()
            elif token in "]}":
                opener = _CLOSES[token]
                if self._counts[opener]:
                    while (innermost := self._open.pop()) != opener:
                        self._counts[innermost] -= 1
                    self._counts[opener] -= 1
                    if not self._open and not self._in_array:
                        return pos
                elif token == "]" and self._in_array:
                    return match.start()
        else:
            pos = len(text)
        self._scanned = pos - start
        return None


# -- CSV / TSV -------------------------------------------------------------------------


def _read_csv(file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition) -> Iterator[RawRecord]:
    csv.field_size_limit(MAX_RECORD_BYTES)
    delimiter = "\t" if file.format == "tsv" else ","
    cr_ends_lines = _ends_lines_with_cr(sniff(file), encoding)
    with file.open_binary(counter) as stream:
        lines = _lines(stream, encoding, position, cr_ends_lines)
        if cr_ends_lines:  # each line as it is in the file, ended by its CR
            lines = ((number, text and text.translate(_CR_LF_SWAPPED_TEXT)) for number, text in lines)
        lines = _LineTracker(lines, delimiter)
        reader = csv.reader(lines, delimiter=delimiter)
        header = position.header  # carrying on: the header read before the resume point
        lines.header_fields = len(header) if header else None
        rows = position.resume_from.records if header and position.resume_from else 0  # records so far
        while True:
            lines.start_row()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                record = RawRecord(lines.row_start, error=f"unreadable CSV row: {exc}")
            except _RunawayQuote:
                reason = f"a quoted field runs on past line {lines.number:,}"
                record = RawRecord(lines.row_start, error=f"row {rows + 1}: {reason}{lines.read_again()}")
            else:
                if not lines.oversize and not lines.unclosed and (not row or row == [""]):
                    continue
                if header is None and not lines.oversize:
                    if lines.unclosed:
                        where = f"{file.path}: line {lines.row_start}"
                        raise ImportFileError(f"{where}: a quoted field of the header is never closed")
                    header = position.header = _header_names(row, f"{file.path}:{lines.row_start}")
                    lines.header_fields = len(header)
                    position.clean()
                    continue
                record = _csv_record(lines, header, row, rows + 1)
            rows += 1
            # Carrying on after this record is safe only when no line was read ahead of it.
            position.record_ends(clean=lines.in_step)
            yield record


def _ends_lines_with_cr(head: bytes, encoding: str) -> bool:
    """Are the file's lines ended by CR alone, as in old Mac files? Told by its first
    bytes: they hold a CR and no LF. Any file with an LF there is read as ever, so a CR
    inside a quoted field of an LF or CRLF file can never split a line."""
    text = codecs.getincrementaldecoder(encoding)(UNDECODABLE).decode(head)
    return "\r" in text and "\n" not in text


_CR_LF_SWAPPED = bytes.maketrans(b"\r\n", b"\n\r")
_CR_LF_SWAPPED_TEXT = str.maketrans("\r\n", "\n\r")


class _SwappedLineEnds(io.RawIOBase):
    """``stream`` with its CR and LF bytes swapped, so that the line splitter, which
    splits on LF, splits a file whose lines end with CR. _read_csv swaps them back in
    each line: a CR (or LF) inside a quoted field stays as it is."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        piece = self._stream.read(len(buffer))
        buffer[: len(piece)] = piece.translate(_CR_LF_SWAPPED)
        return len(piece)


def _header_names(row: list[str], where: str) -> list[str]:
    """The column names in a CSV header. An empty name becomes its place ("column_3"),
    so that its values are kept in the passage's meta like any other column's.

    ImportFileError for a name given twice: either column could be the one meant (the
    text, the id), and each record holds both values, so the file is refused as a whole
    before anything is imported, rather than one value being dropped or guessed at.
    """
    names = [name.strip() or f"column_{number}" for number, name in enumerate(row, start=1)]
    places: dict[str, list[int]] = {}
    for number, name in enumerate(names, start=1):
        places.setdefault(name, []).append(number)
    for name, columns in places.items():
        if len(columns) > 1:
            times = "twice" if len(columns) == 2 else f"{len(columns)} times"
            listed = ", ".join(map(str, columns[:-1])) + f" and {columns[-1]}"
            raise ImportFileError(
                f'{where}: the header names column "{name}" {times} (columns {listed}); give each column its own name'
            )
    return names


def _csv_record(lines: _LineTracker, header: list[str] | None, row: list[str], number: int) -> RawRecord:
    start = lines.row_start
    if lines.oversize:
        lines.oversize = False
        return _too_large(start)
    if lines.unclosed:
        reason = "a quoted field is not closed by the end of the file"
        return RawRecord(start, error=f"row {number}: {reason}{lines.read_again()}")
    assert header is not None
    if len(row) != len(header):
        return RawRecord(start, error=f"row {number} has {len(row)} fields; the header has {len(header)}")
    return RawRecord(start, dict(zip(header, row, strict=True)))


# A stray quote opens a quoted field that swallows the rows after it. A field that spans
# more lines or characters than these is checked for that when it reaches them, and one
# still open at the end of the file always is; see _LineTracker.swallowed_rows. A real
# text may be longer (a long page can have thousands of short lines), but a field over
# MAX_TEXT_CHARS could not be a passage's text anyway. Documented in the README.
_QUOTED_LINES_CHECKED = 1000
_QUOTED_CHARS_CHECKED = MAX_TEXT_CHARS


class _RunawayQuote(Exception):
    """A quoted field has run on over rows of their own (see _LineTracker)."""


class _LineTracker:
    """Feeds decoded lines to csv.reader, noting the physical lines of the row being read.

    csv.reader asks for another line within a row only while a quoted field is open.
    The row's lines are kept up to the bounds above, so that the rows a stray quote
    swallowed can be given to csv.reader again (read_again): memory stays bounded.
    """

    def __init__(self, lines: Iterator[tuple[int, str | None]], delimiter: str) -> None:
        self._lines = lines
        self._delimiter = delimiter
        self._again: list[tuple[int, str | None]] = []  # lines to read again, the next last
        self.number = 0
        self.oversize = False
        self.header_fields: int | None = None
        self.start_row()

    @property
    def in_step(self) -> bool:
        """No line was read ahead of the rows read so far (see read_again)."""
        return not self._again

    def start_row(self) -> None:
        self.row_start = 0  # the row's first line
        self.row_lines: list[tuple[int, str | None]] | None = []  # None: too long to keep
        self._row_size = self._row_chars = 0
        self.unclosed = False  # the file ended inside a quoted field

    def __iter__(self) -> _LineTracker:
        return self

    def __next__(self) -> str:
        if self._again:
            number, text = self._again.pop()
        else:
            try:
                number, text = next(self._lines)
            except StopIteration:
                self.unclosed = self._row_size > 0
                raise
        self.number = number
        self._row_size += 1
        if self._row_size == 1:
            self.row_start = number
        if self.row_lines is not None:
            self.row_lines.append((number, text))
            self._row_chars += len(text or "")
            if self._row_size > _QUOTED_LINES_CHECKED or self._row_chars > _QUOTED_CHARS_CHECKED:
                if self.swallowed_rows():
                    raise _RunawayQuote
                self.row_lines = None  # one long text: nothing to read again
        if text is None:
            self.oversize = True
            return "\n"
        return text

    def swallowed_rows(self) -> bool:
        """Do nine in ten of the row's lines after its first read as rows of the header's
        width? The lines a stray quote swallowed do; a long text seldom has that many
        lines with exactly the header's number of delimiters."""
        if self.header_fields is None or not self.row_lines:
            return False
        lines = [text for _, text in self.row_lines[1:] if text and text.strip()]
        rows = sum(1 for text in lines if _field_count(text, self._delimiter) == self.header_fields)
        return bool(lines) and rows >= 0.9 * len(lines)

    def read_again(self) -> str:
        """After a quote left open: give the lines after the row's first to csv.reader
        again, if they look like rows. Returns what to add to the error's reason."""
        if not self.swallowed_rows():
            return ""
        assert self.row_lines is not None
        again = self.row_lines[1:]
        self._again.extend(reversed(again))
        return f" (a stray quote?); lines {again[0][0]:,}-{again[-1][0]:,} are read again as rows"


def _field_count(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:
        return 0


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
