"""Opening input files: format detection, gzip, byte counting and encoding checks."""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from aligner_gui.core.errors import ImportFileError

if TYPE_CHECKING:
    from aligner_gui.core.ingest.pipes import PipeInput

FORMATS = ("jsonl", "json", "csv", "tsv", "parquet", "txt")

_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".txt": "txt",
    ".text": "txt",
}

# Bytes of a file inspected to tell its real format and encoding.
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class InputFile:
    path: Path
    format: str
    compressed: bool
    # A FIFO or device, already open, which can be read only once (see pipes); None for
    # a regular file, opened at each read.
    pipe: PipeInput | None = field(default=None, compare=False)

    def open_binary(self, counter: ByteCounter | None = None) -> BinaryIO:
        raw: BinaryIO = self.pipe.stream() if self.pipe else open(self.path, "rb")  # noqa: SIM115 - closed by the caller
        if counter is not None:
            raw = counter.wrap(raw)
        if self.compressed:
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        return raw

    def close(self) -> None:
        """Close a pipe that is still open (a reader closes it once it has read it)."""
        if self.pipe is not None:
            self.pipe.close()


STOP_CHECK_BYTES = 8 << 20


class ImportStopped(Exception):
    """Asked to stop while reading, between two records (see ByteCounter)."""


class ByteCounter:
    """Counts bytes read from disk, so progress works for compressed files too.

    With ``stop``: once a chunk of records has taken more than STOP_CHECK_BYTES of
    reading, ``stop`` is asked at each read from disk (a MiB at a time) and reading
    raises ImportStopped when it says so. A stop then works even where no record ever
    ends (an endless line from a pipe or a device); a usual chunk is stopped between
    chunks, after it was written (see chunk_writer).
    """

    def __init__(self, stop: Callable[[], bool] | None = None) -> None:
        self.count = 0
        self.stop = stop
        self.chunk_began_at = 0  # count when the chunk being read began (see parsing)

    def check_stop(self) -> None:
        if self.stop is not None and self.count - self.chunk_began_at > STOP_CHECK_BYTES and self.stop():
            raise ImportStopped

    def wrap(self, stream: BinaryIO) -> BinaryIO:
        counter = self
        # One read at a time (readinto1): a pipe's reader must get what has come so far, not
        # wait for a whole buffer of it.
        read_into = getattr(stream, "readinto1", None) or stream.readinto  # type: ignore[attr-defined]

        class Counting(io.RawIOBase):
            def readable(self) -> bool:
                return True

            def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
                counter.check_stop()
                n = read_into(buffer)
                counter.count += n or 0
                return n

            def close(self) -> None:
                stream.close()
                super().close()

        return io.BufferedReader(Counting(), buffer_size=1 << 20)  # type: ignore[return-value]


def detect(path: Path, requested: str = "auto", stop: Callable[[], bool] | None = None) -> InputFile:
    """Work out how to read ``path``: by ``requested`` format, else by its name.

    A path that is not a regular file (a FIFO, a device) is opened here, once, waiting
    for its first bytes while ``stop`` says no (ImportStopped once it says yes).
    """
    if not path.exists():
        raise ImportFileError(f"{path}: no such file or folder")
    if path.is_dir():
        if requested not in ("auto", "txt"):
            raise ImportFileError(f"{path}: is a folder; only --format txt reads folders")
        return InputFile(path, "txt", compressed=False)
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if requested != "auto":
        if requested not in FORMATS:
            raise ImportFileError(f"{path}: unknown format {requested!r}")
        fmt = requested
    else:
        fmt = _SUFFIX_FORMATS.get(Path(name).suffix)
        if fmt is None:
            raise ImportFileError(
                f"{path}: cannot tell the format from the name; give it with --format ({'|'.join(FORMATS)})"
            )
    if path.is_file():
        file = InputFile(path, fmt, _is_gzip(path))
    else:
        if fmt == "parquet":
            raise ImportFileError(f"{path}: is not a regular file, and Parquet can only be read from one")
        from aligner_gui.core.ingest.pipes import PipeInput  # pipes imports this module

        pipe = PipeInput(path, stop)
        file = InputFile(path, fmt, pipe.head.startswith(b"\x1f\x8b"), pipe)
    if requested == "auto" and fmt == "json":
        file = replace(file, format=_json_or_jsonl(file))
    return file


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _json_or_jsonl(file: InputFile) -> str:
    """A .json file holding one object per line is JSON Lines in all but name."""
    head = sniff(file)
    # Without NUL bytes, the ASCII of a UTF-16 or UTF-32 file reads as ASCII too.
    stripped = head.replace(b"\0", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    return "json" if stripped.startswith(b"[") else "jsonl"


# What reading a file can raise: a disk error, a truncated gzip (EOFError), a gzip whose
# compressed data is corrupt (zlib.error).
READ_ERRORS = (OSError, EOFError, zlib.error)


def sniff(file: InputFile) -> bytes:
    try:
        if file.pipe is not None:
            return file.pipe.sniff(file.compressed)
        with file.open_binary() as stream:
            return stream.read(SNIFF_BYTES)
    except READ_ERRORS as exc:
        raise cannot_read(file.path, exc) from exc


def cannot_read(path: Path, exc: Exception) -> ImportFileError:
    """The error for a file that fails while being read (one of READ_ERRORS)."""
    if isinstance(exc, zlib.error):
        return ImportFileError(f"{path}: cannot read: corrupt compressed data ({exc})")
    return ImportFileError(f"{path}: cannot read: {exc}")


# The errors handler every reader decodes with. Each byte that cannot be decoded becomes
# the lone surrogate U+DC00 + byte, as with "surrogateescape", but bytes under 0x80 too
# (the odd last byte of a UTF-16 file, a broken Shift JIS pair), where "surrogateescape"
# gives up: the record holding them is reported, and the import goes on.
UNDECODABLE = "aligner-undecodable"


def _escape_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + byte) for byte in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(UNDECODABLE, _escape_undecodable)

_UNDECODED = re.compile("[\udc00-\udcff]")

# Byte order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one (a
# UTF-16 text cannot begin with a NUL character).
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def text_codec(encoding: str, path: Path) -> str:
    """The codec that ``--encoding`` names; ImportFileError if it cannot read a text file."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ImportFileError(f"{path}: unknown encoding {encoding!r} given with --encoding") from None
    try:
        b"a".decode(name, UNDECODABLE)
    except LookupError:  # base64, zlib, rot13...: transforms of bytes or of text
        problem = "is not a text encoding"
    except UnicodeError:  # idna and punycode (for domain names), undefined
        problem = "cannot read a text file"
    else:
        return name
    raise ImportFileError(
        f"{path}: --encoding {encoding}: {name} {problem}; give the file's character encoding, "
        "for example --encoding utf-8 or --encoding cp1256"
    )


def encoding_for(head: bytes, codec: str) -> str:
    """The encoding of a file that begins with ``head``, read with ``codec`` (from text_codec).

    A byte order mark wins over ``codec``: no other encoding reads such a file (0xFF and
    0xFE never occur in UTF-8; UTF-16 read as anything else is half NUL bytes), and it
    lets one import take UTF-16 files beside files in the encoding given. ValueError (the
    reason) for "utf-16" or "utf-32" without a mark: which byte order is then unknown.
    """
    for mark, name in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return name
    if head and codec in ("utf-16", "utf-32"):
        raise ValueError(
            f"the file has no byte order mark, so its {codec} byte order is unknown: give "
            f"--encoding {codec}-le or --encoding {codec}-be{_byte_order_guess(head, codec)}"
        )
    return codec


def _byte_order_guess(head: bytes, codec: str) -> str:
    """The ASCII characters of a data file (its quotes, commas and braces) have a NUL high
    byte, last in each unit when little-endian, first when big-endian."""
    width = 2 if codec == "utf-16" else 4
    last, first = head[width - 1 :: width].count(0), head[::width].count(0)
    if last == first:
        return ""
    return f" (it looks like {codec}-{'le' if last > first else 'be'})"


def file_encoding(file: InputFile, encoding: str, head: bytes | None = None) -> str:
    """The encoding to read ``file`` with, given ``--encoding``; see encoding_for."""
    codec = text_codec(encoding, file.path)
    try:
        return encoding_for(sniff(file) if head is None else head, codec)
    except ValueError as exc:
        raise ImportFileError(f"{file.path}: {exc}") from None


def check_encoding(file: InputFile, encoding: str) -> None:
    """Refuse a file that is mostly not in its encoding, naming ``--encoding``.

    A stray bad byte is left to the per-record checks; this catches a whole file in
    another encoding (Windows-1256 is common for Arabic) before it floods the
    error log with one error per line.
    """
    head = sniff(file)
    codec = file_encoding(file, encoding, head)
    whole = len(head) < SNIFF_BYTES
    lines = codecs.getincrementaldecoder(codec)(UNDECODABLE).decode(head, final=whole).split("\n")
    if not whole:
        lines = lines[:-1]  # probably cut in the middle
    non_ascii = [line for line in lines if not line.isascii()]
    if not non_ascii:
        return
    bad = [line for line in non_ascii if _UNDECODED.search(line)]
    if len(bad) < max(2, len(non_ascii) // 2):
        return
    first_bad = lines.index(bad[0]) + 1
    if head.startswith(tuple(mark for mark, _ in _BYTE_ORDER_MARKS)):
        hint = f"the file begins with a {codec} byte order mark, which --encoding does not change"
    else:
        hint = _guess_encoding(bad)
    raise ImportFileError(
        f"{file.path}: line {first_bad} and {len(bad) - 1} more of the first "
        f"{len(lines)} lines are not valid {codec}; {hint}"
    )


def _guess_encoding(lines: list[str]) -> str:
    undecoded = bytes(ord(ch) - 0xDC00 for line in lines for ch in _UNDECODED.findall(line))
    text = undecoded.decode("cp1256", errors="replace")
    letters = [ch for ch in text if not ch.isascii()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if letters and arabic / len(letters) > 0.6:
        return "it looks like Windows-1256 Arabic: import it with --encoding cp1256"
    return "give its encoding with --encoding (for example --encoding cp1256)"
