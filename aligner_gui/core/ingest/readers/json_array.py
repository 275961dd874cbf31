"""A top-level JSON array, streamed element by element; what follows it."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.readers.json_lines import (
    _beyond_json_limits,
    _nested_end,
    _Refused,
)
from aligner_gui.core.ingest.readers.lines import _READ_PIECE, MAX_RECORD_BYTES, RawRecord
from aligner_gui.core.ingest.records import value_kind
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import (
    UNDECODABLE,
    ByteCounter,
    InputFile,
)


def _read_json_array(
    file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition
) -> Iterator[RawRecord]:
    """Stream the elements of a top-level JSON array without loading the whole file.
    (Not carried on after an interruption: ``position`` is not used.)

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
                return self._moved_to(end, RawRecord(start_line, value))
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
    return RawRecord(line, error=f"expected a JSON object, got {value_kind(value)}")


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
