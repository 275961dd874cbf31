"""Text: passages separated by blank lines in a file, or one passage per .txt file of a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.readers.lines import MAX_RECORD_BYTES, RawRecord, _lines, _too_large
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import (
    UNDECODABLE,
    ByteCounter,
    InputFile,
    encoding_for,
)
from aligner_gui.core.text.invisible import storable


def _read_text(file: InputFile, encoding: str, counter: ByteCounter, position: StreamPosition) -> Iterator[RawRecord]:
    if file.path.is_dir():  # one passage a file: nothing to carry on from
        yield from _read_text_folder(file.path, encoding, counter)
        return
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
