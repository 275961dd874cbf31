"""Turning a raw record into a passage row, or into a reason why it cannot be one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any, NamedTuple

from aligner_gui.core.text.arabic import normalize, search_form, text_hash
from aligner_gui.core.text.invisible import storable

# Longest passage text accepted, in characters. Documented in the README.
MAX_TEXT_CHARS = 1_000_000

TEXT_FIELD_GUESSES = ("text", "content", "raw_text", "passage", "document", "body")
ID_FIELD_GUESSES = ("id", "uid", "doc_id", "_id")
REWRITE_FIELD_GUESSES = ("rewrite", "rewritten", "rewritten_text", "aligned_text")


@dataclass(frozen=True)
class FieldNames:
    text: str
    id: str | None
    rewrite: str | None


@dataclass(frozen=True)
class RecordError:
    file: str
    line: int  # where the record starts; 0 where a file has no lines (Parquet has rows)
    reason: str
    whole_file: bool = False  # the file could not be read at all; the reason names it

    def __str__(self) -> str:
        if self.whole_file:
            return self.reason
        return f"{self.file}:{self.line}: {self.reason}" if self.line else f"{self.file}: {self.reason}"


class PassageRow(NamedTuple):  # a tuple: cheap to pass from the parsing process
    uid: str
    text: str
    search_text: str  # what the search index gets, see core.arabic.search_form
    hash: bytes
    source: str
    meta: str | None
    rewrite: str | None
    rewrite_hash: bytes | None
    # The rewrite's flags as core.flags.check.Checker.rows gives them; None: not checked.
    flags: tuple | None = None


class BadRecord(ValueError):
    """The record cannot become a passage; the message says why."""


def guess_fields(available: list[str], text: str | None, id_: str | None, rewrite: str | None) -> FieldNames | None:
    """Pick field names, preferring what the user asked for; None if no text field."""

    def pick(asked: str | None, guesses: tuple[str, ...]) -> str | None:
        if asked:
            return asked
        return next((name for name in guesses if name in available), None)

    text_field = pick(text, TEXT_FIELD_GUESSES)
    if text_field is None:
        return None
    return FieldNames(text_field, pick(id_, ID_FIELD_GUESSES), pick(rewrite, REWRITE_FIELD_GUESSES))


def build_row(fields: dict[str, Any], names: FieldNames, default_source: str) -> PassageRow:
    text = _string_field(fields, names.text, required=True)
    assert text is not None
    if len(text) > MAX_TEXT_CHARS:
        raise BadRecord(f"text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit")
    normalized = normalize(text)
    if not normalized:
        raise BadRecord(f"field {names.text!r} is empty")
    digest = _hash(normalized, "text")

    uid = None
    if names.id is not None:
        raw_id = fields.get(names.id)
        if isinstance(raw_id, (dict, list)):
            raise BadRecord(f"field {names.id!r} must be a string or a number")
        if raw_id is not None and str(raw_id).strip():
            uid = str(raw_id).strip()
    if uid is None:
        uid = "sha:" + digest.hex()

    rewrite = _string_field(fields, names.rewrite, required=False) if names.rewrite else None
    rewrite_hash = None
    if rewrite is not None and rewrite.strip():
        rewrite_hash = _hash(normalize(rewrite), "rewrite")
    else:
        rewrite = None

    source = fields.get("source")
    if not isinstance(source, str) or not source.strip():
        source = default_source
    used = {names.text, names.id, names.rewrite, "source"}
    # A column name with a byte that did not decode is kept escaped: it must not cost every row.
    extra = {storable(key): value for key, value in fields.items() if key not in used}
    meta = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
    _check_encodable(uid, source, meta)
    return PassageRow(uid, text, search_form(normalized), digest, source, meta, rewrite, rewrite_hash)


def _string_field(fields: dict[str, Any], name: str, required: bool) -> str | None:
    if name not in fields or fields[name] is None:
        if required:
            raise BadRecord(f"missing field {name!r}")
        return None
    value = fields[name]
    if not isinstance(value, str):
        raise BadRecord(f"field {name!r} is {value_kind(value)}, not text")
    if "\x00" in value:
        raise BadRecord(f"field {name!r} contains a NUL byte")
    return value


def value_kind(value: object) -> str:
    """What ``value`` is, in JSON's words ("an array", "a number"), for a record's error. The
    front ends translate these phrases; a kind JSON has no word for is the type's name."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float | Decimal):
        return "a number"
    if isinstance(value, date | time):
        return "a date or time"
    kinds = {dict: "an object", list: "an array", str: "a string", type(None): "null", bytes: "binary data"}
    return kinds.get(type(value), type(value).__name__)


def _hash(normalized: str, what: str) -> bytes:
    try:
        return text_hash(normalized)
    except UnicodeEncodeError as exc:
        raise BadRecord(f"{what}: {_undecodable(normalized, exc)}") from None


def _check_encodable(*values: str | None) -> None:
    for value in values:
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BadRecord(_undecodable(value, exc)) from None
        if "\x00" in value:
            raise BadRecord("a field contains a NUL byte")


def _undecodable(value: str, exc: UnicodeEncodeError) -> str:
    code = ord(value[exc.start])
    if 0xDC80 <= code <= 0xDCFF:
        return (
            f"invalid byte 0x{code - 0xDC00:02X} for the file's encoding: give the file's encoding with"
            " --encoding (for example --encoding cp1256)"
        )
    return f"invalid character U+{code:04X} (lone surrogate)"
