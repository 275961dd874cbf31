"""CSV and TSV: a header row, then one record per row; stray quotes caught."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.readers.lines import MAX_RECORD_BYTES, RawRecord, _lines, _too_large
from aligner_gui.core.ingest.records import MAX_TEXT_CHARS
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import (
    UNDECODABLE,
    ByteCounter,
    InputFile,
    sniff,
)


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


_CR_LF_SWAPPED_TEXT = str.maketrans("\r\n", "\n\r")  # back, in each line (see lines._SwappedLineEnds)


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
