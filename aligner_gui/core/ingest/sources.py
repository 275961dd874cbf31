"""Opening input files: format detection, gzip, byte counting and encoding checks."""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from aligner_gui.core.errors import ImportFileError

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

    def open_binary(self, counter: ByteCounter | None = None) -> BinaryIO:
        raw: BinaryIO = open(self.path, "rb")  # noqa: SIM115 - closed by the caller
        if counter is not None:
            raw = counter.wrap(raw)
        if self.compressed:
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        return raw


class ByteCounter:
    """Counts bytes read from disk, so progress works for compressed files too."""

    def __init__(self) -> None:
        self.count = 0

    def wrap(self, stream: BinaryIO) -> BinaryIO:
        counter = self

        class Counting(io.RawIOBase):
            def readable(self) -> bool:
                return True

            def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
                n = stream.readinto(buffer)  # type: ignore[attr-defined]
                counter.count += n or 0
                return n

            def close(self) -> None:
                stream.close()
                super().close()

        return io.BufferedReader(Counting(), buffer_size=1 << 20)  # type: ignore[return-value]


def detect(path: Path, requested: str = "auto") -> InputFile:
    """Work out how to read ``path``: by ``requested`` format, else by its name."""
    if not path.exists():
        raise ImportFileError(f"{path}: no such file or folder")
    if path.is_dir():
        if requested not in ("auto", "txt"):
            raise ImportFileError(f"{path}: is a folder; only --format txt reads folders")
        return InputFile(path, "txt", compressed=False)
    compressed = _is_gzip(path)
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if requested != "auto":
        if requested not in FORMATS:
            raise ImportFileError(f"{path}: unknown format {requested!r}")
        return InputFile(path, requested, compressed)
    suffix = Path(name).suffix
    fmt = _SUFFIX_FORMATS.get(suffix)
    if fmt is None:
        raise ImportFileError(
            f"{path}: cannot tell the format from the name; give it with --format ({'|'.join(FORMATS)})"
        )
    if fmt == "json":
        fmt = _json_or_jsonl(InputFile(path, fmt, compressed))
    return InputFile(path, fmt, compressed)


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _json_or_jsonl(file: InputFile) -> str:
    """A .json file holding one object per line is JSON Lines in all but name."""
    head = sniff(file)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return "json" if stripped.startswith(b"[") else "jsonl"


# What reading a file can raise: a disk error, a truncated gzip (EOFError), a gzip whose
# compressed data is corrupt (zlib.error).
READ_ERRORS = (OSError, EOFError, zlib.error)


def sniff(file: InputFile) -> bytes:
    try:
        with file.open_binary() as stream:
            return stream.read(SNIFF_BYTES)
    except READ_ERRORS as exc:
        raise cannot_read(file.path, exc) from exc


def cannot_read(path: Path, exc: Exception) -> ImportFileError:
    """The error for a file that fails while being read (one of READ_ERRORS)."""
    if isinstance(exc, zlib.error):
        return ImportFileError(f"{path}: cannot read: corrupt compressed data ({exc})")
    return ImportFileError(f"{path}: cannot read: {exc}")


def check_encoding(file: InputFile, encoding: str) -> None:
    """Refuse a file that is mostly not in ``encoding``, naming ``--encoding``.

    A stray bad byte is left to the per-record checks; this catches a whole file in
    another encoding (Windows-1256 is common for Arabic) before it floods the
    error log with one error per line.
    """
    head = sniff(file)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and not encoding.lower().startswith("utf-16"):
        raise ImportFileError(f"{file.path}: the file is UTF-16 encoded; import it with --encoding utf-16")
    lines = head.split(b"\n")
    if len(head) == SNIFF_BYTES:
        lines = lines[:-1]  # probably cut in the middle
    non_ascii = [line for line in lines if not line.isascii()]
    if not non_ascii:
        return
    bad = [line for line in non_ascii if not _decodes(line, encoding)]
    if len(bad) < max(2, len(non_ascii) // 2):
        return
    first_bad = lines.index(bad[0]) + 1
    raise ImportFileError(
        f"{file.path}: line {first_bad} and {len(bad) - 1} more of the first "
        f"{len(lines)} lines are not valid {encoding}; {_guess_encoding(bad)}"
    )


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    except LookupError as exc:
        raise ImportFileError(f"unknown encoding {encoding!r} given with --encoding") from exc
    return True


def _guess_encoding(lines: list[bytes]) -> str:
    text = b"\n".join(lines).decode("cp1256", errors="replace")
    letters = [ch for ch in text if not ch.isascii()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if letters and arabic / len(letters) > 0.6:
        return "it looks like Windows-1256 Arabic: import it with --encoding cp1256"
    return "give its encoding with --encoding (for example --encoding cp1256)"
