"""JSON Lines: one object per line; and what JSON Python cannot hold (numbers too long,
nesting too deep), shared with the JSON array reader."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from aligner_gui.core.ingest.readers.lines import RawRecord, _lines, _too_large
from aligner_gui.core.ingest.records import value_kind
from aligner_gui.core.ingest.resume import StreamPosition
from aligner_gui.core.ingest.sources import (
    ByteCounter,
    InputFile,
)


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
        return RawRecord(number, error=f"expected a JSON object, got {value_kind(value)}")
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
