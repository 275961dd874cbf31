"""Reading a file line by line, in constant memory, in any text encoding; what every
reader's records look like."""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import (
    UNDECODABLE,
)

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


_CR_LF_SWAPPED = bytes.maketrans(b"\r\n", b"\n\r")


class _SwappedLineEnds(io.RawIOBase):
    """``stream`` with its CR and LF bytes swapped, so that the line splitter, which
    splits on LF, splits a file whose lines end with CR. The CSV reader swaps them back
    in each line: a CR (or LF) inside a quoted field stays as it is."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        piece = self._stream.read(len(buffer))
        buffer[: len(piece)] = piece.translate(_CR_LF_SWAPPED)
        return len(piece)
