"""Odd file names: each file holds a bad record on line 2, whose message must name the
file on one line, with nothing in the name acting on the terminal."""

from __future__ import annotations

import os
import re

from tests.hostile.harness import Case, Input, Workspace, good, record

BAD_LINE = '{"text": '


def _files(*names: str | bytes, relative: bool = False) -> object:
    def build(ws: Workspace) -> Input:
        paths, texts = [], []
        for number, name in enumerate(names):
            first, last = good(2 * number + 1), good(2 * number + 2)
            texts += [first, last]
            paths.append(ws.write(name, f"{record(first)}\n{BAD_LINE}\n{record(last)}\n"))
        if relative:  # as typed in a shell, after `--` for the names starting with a dash
            return Input(["import", ws.project, "--", *(os.fsdecode(p.name) for p in paths)], texts)
        return Input(ws.import_(*paths), texts)

    return build


LONG_ARABIC = "ملف" * 41 + "م.jsonl"  # 254 bytes

CASES = [
    Case(
        "names: a newline, U+202E, isolates, a terminal escape and a bell",
        _files("bad\nname.jsonl", "report\u202elnosj.jsonl", "a\u2066b\u2069c.jsonl", "x\x1b[31mred\x07.jsonl"),
        messages=(
            "bad.{1,12}?name\\.jsonl:2: ",
            "report.{1,12}?lnosj\\.jsonl:2: ",
            "a.{1,12}?b.{1,12}?c\\.jsonl:2: ",
            "x.{1,12}?\\[31mred.{1,12}?\\.jsonl:2: ",
        ),
    ),
    Case("names: bytes that are not UTF-8", _files(b"caf\xe9 \xff.jsonl"), messages=("caf.{1,12}?\\.jsonl:2: ",)),
    Case(
        "names: spaces, a leading dash, 254 bytes of Arabic",
        _files("  my  data .jsonl", "-data.jsonl", LONG_ARABIC, relative=True),
        messages=("(^|[^ ])  my  data \\.jsonl:2: ", "(^|[^-])-data\\.jsonl:2: ", f"(^|/){re.escape(LONG_ARABIC)}:2: "),
    ),
]
