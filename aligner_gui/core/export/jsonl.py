"""JSON pieces an export line is put together from, as UTF-8 bytes: the line comes out byte
for byte what ``json.dumps(row, ensure_ascii=False)`` writes for the same row.

The long texts come as the UTF-8 bytes the project holds. One with no byte that JSON
escapes (a quote, a backslash, a control character) is its own JSON string between quotes,
so it goes into the line as it is, never decoded, escaped and encoded again; only the rare
text that needs escaping goes through json. The short provenance fields are one call of
json's C encoder.
"""

from __future__ import annotations

import json

_ENCODER = json.JSONEncoder(ensure_ascii=False)
_ESCAPED = bytes(range(0x20)) + b'"\\'  # all that json escapes when ensure_ascii=False
TRUE, FALSE = b"true", b"false"


def text(data: bytes) -> bytes:
    """A UTF-8 text as a JSON string."""
    if len(data.translate(None, _ESCAPED)) == len(data):
        return b'"' + data + b'"'
    return _ENCODER.encode(data.decode()).encode()


_ROLES = {role: b'{"role": "' + role.encode() + b'", "content": ' for role in ("system", "user", "assistant")}


def message(role: str, content: bytes) -> bytes:
    """A chat message, ``{"role": ..., "content": ...}``, of a UTF-8 text."""
    return _ROLES[role] + text(content) + b"}"


def array(items: list[bytes]) -> bytes:
    return b"[" + b", ".join(items) + b"]"


def line(fields: dict[str, bytes], more: dict) -> bytes:
    """A JSON object and its newline: ``fields`` (values already JSON) first, then the
    items of ``more`` (any JSON values); keys are plain ASCII words, none in both."""
    parts = [b'"' + key.encode() + b'": ' + value for key, value in fields.items()]
    if more:
        parts.append(_ENCODER.encode(more)[1:-1].encode())
    return b"{" + b", ".join(parts) + b"}\n"
