"""An export row as a JSON line: what ``json.dumps(row, ensure_ascii=False)`` gives."""

from __future__ import annotations

import json

_ENCODER = json.JSONEncoder(ensure_ascii=False)


def json_line(row: dict) -> bytes:
    """One line of JSONL, UTF-8, newline included."""
    return (_ENCODER.encode(row) + "\n").encode()
