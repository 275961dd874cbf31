"""Core's messages (import problems, project faults, rewriter errors) in the interface
language. Core speaks English and knows nothing of Qt; here each known message shape is
an English template, matched against the message and translated.

A template's placeholders are of four kinds. A fragment ({reason}, {consequence},
{holder}, {problem}) is itself a core phrase, translated by the same templates; a message
whose fragment is not known is left as core wrote it. A phrase ({json_error}, {kind},
{network_error}) is one of a small fixed set that core passes on from Python or the
system (json's reasons, what a value is, why a server cannot be reached), translated by
its own table; one the table does not know goes in as written, isolated. A number (a
line, a column, a count) is written in the interface's digits. Every other placeholder is
a value (a path, FILE:LINE, an option name such as --encoding, an English detail from the
system) and goes into the translation as written, between isolates.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from aligner_gui.core.text.invisible import printable
from aligner_gui.ui.common.flag_details import FLAG_NUMBERS, FLAG_TABLES, LISTS
from aligner_gui.ui.common.i18n import interface_language, isolated, number

CONTEXT = "CoreMessages"
FRAGMENTS = frozenset({"reason", "consequence", "holder", "problem"})
# What a value looks like, where "anything, as little as possible" would be ambiguous.
_VALUE_SHAPES = {"place": r"[^\n]+?:\d[\d,]*", "line": r"\d[\d,]*", "row": r"\d[\d,]*", "column": r"\d[\d,]*"}
NUMBERS = frozenset({"line", "row", "column", "count", "limit", "header", "seconds", "digits"}) | FLAG_NUMBERS

TEMPLATES = [
    # -- a whole file cannot be imported (the import dialog's list, its message) -----------
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: no such file or folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: is a folder; only {option} reads folders"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: unknown format {format}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: the import's helper process stopped unexpectedly (exit code {code})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: cannot tell the format from the name; give it with {option} ({formats})"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read: corrupt compressed data ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: cannot read: {detail}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: cannot tell which field holds the text (fields: {fields}); name it with {option}"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: unknown encoding {encoding} given with {option}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: not a readable Parquet file: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: is not a regular file, and Parquet can only be read from one"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: the folder holds no .txt files"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: line {line}: expected a JSON array ('[')"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: line {line}: the JSON array is not closed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: line {line}: {reason}; the rest of the array cannot be read"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: line {line}: element is over the size limit or invalid JSON; the rest of the array cannot be read",
    ),
    # -- one record (FILE:LINE: reason) --------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{place}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON: {json_error} (column {column})"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON: {json_error} (line {line}, column {column})"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON: nested too deeply"),
    QT_TRANSLATE_NOOP("CoreMessages", "a number with {digits} digits is over the {limit}-digit limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "expected a JSON object, got {kind}"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing field {field}"),
    QT_TRANSLATE_NOOP("CoreMessages", "field {field} is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "field {field} is {kind}, not text"),
    QT_TRANSLATE_NOOP("CoreMessages", "field {field} contains a NUL byte"),
    QT_TRANSLATE_NOOP("CoreMessages", "a field contains a NUL byte"),
    QT_TRANSLATE_NOOP("CoreMessages", "field {field} must be a string or a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "text is {count} characters, over the {limit} limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "record is over the {limit} MiB limit"),
    QT_TRANSLATE_NOOP("CoreMessages", "id {id} is already used by a passage with a different text"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row} has {count} fields; the header has {header}"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row}: a quoted field runs on past line {line}"),
    QT_TRANSLATE_NOOP("CoreMessages", "row {row}: a quoted field is not closed by the end of the file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{problem} (a stray quote?); lines {lines} are read again as rows"),
    QT_TRANSLATE_NOOP("CoreMessages", "unreadable CSV row: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "unexpected data after the JSON array; the rest of the file is not read"),
    QT_TRANSLATE_NOOP("CoreMessages", "unreadable record"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "invalid byte {byte} for the file's encoding: give the file's encoding with {option} (for example {example})",
    ),
    # -- the project: opening it, and faults while writing ---------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "no project at {path}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read {path}: permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not an aligner project ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not an aligner project"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot create {path}: folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot create {path}: folder {folder} cannot be written"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is busy: another process has been writing to it for over {seconds} seconds. Try again later.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is busy: {holder} is writing to it. Try again when it has finished."),
    QT_TRANSLATE_NOOP("CoreMessages", "another process ({purpose}, pid {pid} on {host}, since {since})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is damaged ({detail}); restore it from a backup"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is read-only ({reason}): it can be read and searched, but not changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: {reason}; {consequence}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"),
    QT_TRANSLATE_NOOP("CoreMessages", "the disk reported an error ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessages", "its folder {folder} cannot be written"),
    QT_TRANSLATE_NOOP("CoreMessages", "it cannot be written (read-only)"),
    QT_TRANSLATE_NOOP("CoreMessages", "it is on a read-only file system"),
    QT_TRANSLATE_NOOP("CoreMessages", "the files beside it ({wal}, {shm}) cannot be opened"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} cannot be written: it is marked immutable"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} cannot be written: it is read-only for this user"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} cannot be written ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessages", "nothing after the last commit was written"),
    QT_TRANSLATE_NOOP("CoreMessages", "nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "nothing was left behind"),
    QT_TRANSLATE_NOOP("CoreMessages", "it was not opened"),
    QT_TRANSLATE_NOOP("CoreMessages", "{project} was not upgraded"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot create {problem}"),
    # -- an export -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a file; the export needs a folder"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{path} already holds files; choose an empty or new folder (nothing was written)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot create {path}: {detail}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{path}: no reviewed passage matches the filters for {format}; nothing was written"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{path}: the export was not written ({detail}); nothing of it is left"),
    # -- the rewriter ------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreMessages", "cannot reach {url}: {network_error}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} did not answer within {seconds} s"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} answered HTTP {status}: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} answered HTTP {status}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{problem} (gave up after {count} attempts)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} did not answer with a chat completion (JSON): {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} answered without a rewrite (no choices): {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} broke off mid-reply: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{url} failed mid-reply: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no model folder at {folder}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{folder} has no model weights (*.safetensors)"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read the model configuration in {folder}: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot load the tokenizer in {folder}: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot load the model in {folder}: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot download model {model}: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the model's chat template failed: {detail}"),
]
# Python's json module's reasons (Lib/json/decoder.py and its C scanner, _json).
JSON_ERRORS = [
    QT_TRANSLATE_NOOP("CoreMessages", "Expecting value"),
    QT_TRANSLATE_NOOP("CoreMessages", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("CoreMessages", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("CoreMessages", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("CoreMessages", "Invalid control character at"),
    QT_TRANSLATE_NOOP("CoreMessages", "Invalid control character {character} at"),
    QT_TRANSLATE_NOOP("CoreMessages", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("CoreMessages", "Invalid \\escape: {escape}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("CoreMessages", "Extra data"),
    QT_TRANSLATE_NOOP("CoreMessages", "Illegal trailing comma before end of object"),
    QT_TRANSLATE_NOOP("CoreMessages", "Illegal trailing comma before end of array"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unexpected UTF-8 BOM (decode using utf-8-sig)"),
]
# What a record's value is (core.ingest.records.value_kind).
VALUE_KINDS = [
    QT_TRANSLATE_NOOP("CoreMessages", "an object"),
    QT_TRANSLATE_NOOP("CoreMessages", "an array"),
    QT_TRANSLATE_NOOP("CoreMessages", "a string"),
    QT_TRANSLATE_NOOP("CoreMessages", "a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "a boolean"),
    QT_TRANSLATE_NOOP("CoreMessages", "null"),
    QT_TRANSLATE_NOOP("CoreMessages", "binary data"),
    QT_TRANSLATE_NOOP("CoreMessages", "a date or time"),
]
# Why a server cannot be reached (core.rewrite.backends.network_reasons).
NETWORK_ERRORS = [
    QT_TRANSLATE_NOOP("CoreMessages", "Connection refused"),
    QT_TRANSLATE_NOOP("CoreMessages", "Connection timed out"),
    QT_TRANSLATE_NOOP("CoreMessages", "No route to host"),
    QT_TRANSLATE_NOOP("CoreMessages", "Network is unreachable"),
    QT_TRANSLATE_NOOP("CoreMessages", "Connection reset by peer"),
    QT_TRANSLATE_NOOP("CoreMessages", "Name or service not known"),
    QT_TRANSLATE_NOOP("CoreMessages", "Temporary failure in name resolution"),
    QT_TRANSLATE_NOOP("CoreMessages", "no connection within {seconds} s"),
]
PHRASES = {"json_error": JSON_ERRORS, "kind": VALUE_KINDS, "network_error": NETWORK_ERRORS}
TABLES = {"messages": TEMPLATES, **PHRASES, **FLAG_TABLES}


def core_message(message: str) -> str:
    """``message`` from core in the interface language. In English, as core wrote it
    (escaped, see core.text.invisible.printable); one that no template knows all of stays
    English, isolated, so that it reads in its place in a right-to-left line."""
    return _in_interface_language(message, "messages")


def flag_detail(detail: str) -> str:
    """An automatic flag's detail line (core.flags) in the interface language, as
    core_message says core's messages (ui.common.flag_details holds its shapes)."""
    return _in_interface_language(detail, "flag_detail")


def _in_interface_language(message: str, table: str) -> str:
    if interface_language() == "en":
        return printable(message)
    translated = _translate(message, table) or _translate(message, table, lenient=True)
    return isolated(message) if translated is None else translated


def network_error(reason: str) -> str:
    """Why a server cannot be reached (core's network_reason) in the interface language,
    isolated; as core wrote it where the table does not know it, or in English."""
    translated = None if interface_language() == "en" else _translate(reason, "network_error")
    return isolated(reason) if translated is None else translated


def _translate(message: str, table: str = "messages", lenient: bool = False) -> str | None:
    """``message`` translated by the first template of ``table`` that matches all of it.
    A phrase its table does not know rules the template out, unless ``lenient``: then it
    goes in as written (a later template may know it: "{problem} (gave up after ...)")."""
    for template, pattern in _patterns(table):
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = {}
        for name, value in found.groupdict().items():
            values[name] = _value(name, value, lenient)
            if values[name] is None:
                break
        else:
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    return None


def _value(name: str, value: str, lenient: bool) -> str | None:
    """A placeholder's value in the translation; None for a fragment no template knows."""
    if name in FRAGMENTS:
        return _translate(value, lenient=lenient)
    if name in LISTS:
        table = LISTS[name]
        items = [(table and _translate(item, table)) or isolated(item) for item in value.split(", ")]
        return QCoreApplication.translate("CoreMessages", ", ").join(items)
    if name in PHRASES:
        return _translate(value, name) or (isolated(value) if lenient else None)
    if name in NUMBERS and re.fullmatch(r"\d[\d,]*", value):
        return number(int(value.replace(",", "")))
    if name in NUMBERS and re.fullmatch(r"\d+\.\d+", value):
        return number(float(value), len(value.partition(".")[2]))
    return isolated(value)


@cache
def _patterns(table: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(template, _pattern(template)) for template in TABLES[table]]


def _pattern(template: str) -> re.Pattern[str]:
    pieces = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(piece) if index % 2 == 0 else f"(?P<{piece}>{_VALUE_SHAPES.get(piece, '.+?')})"
        for index, piece in enumerate(pieces)
    )
    return re.compile(regex, re.DOTALL)
