"""Names the `aligner` command prints: every message names its file, on one line, as it
really is (no control or direction character acting on the terminal)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from aligner_gui.core.text.invisible import printable
from tests.conftest import run_module

GOOD = '{"id": "1", "text": "نص سليم عن الزراعة"}\n'
BAD = '{"id": "2", "text": \n'


def aligner(*args):
    return run_module("aligner_gui.cli", *args)


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.aligner"
    assert aligner("init", path).returncode == 0
    return path


def test_printable_escapes_what_would_act_on_the_terminal():
    assert printable("a\nb\tc\r") == "a\\nb\\tc\\r"
    assert printable("x\u202egpj.exe") == "x\\u202egpj.exe"
    assert printable("\u2066x\u2069\u200f\u061c") == "\\u2066x\\u2069\\u200f\\u061c"
    assert printable("\x1b[31mred\x7f") == "\\x1b[31mred\\x7f"
    assert printable(os.fsdecode(b"caf\xe9.jsonl")) == "caf\\xe9.jsonl"  # a name that is not UTF-8
    assert printable("ملف الأخبار 2026.jsonl") == "ملف الأخبار 2026.jsonl"


def test_an_error_in_a_txt_folder_names_the_file(project_path, tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("صفحة أولى سليمة", encoding="utf-8")
    (folder / "sub" / "b.txt").write_bytes("صفحة ثانية ".encode() + b"\xff\n")
    result = aligner("import", project_path, folder)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"{folder / 'sub' / 'b.txt'}:1: text: invalid byte 0xFF for the file's encoding:"
        " give the file's encoding with --encoding (for example --encoding cp1256)"
    ]
    assert result.stdout.splitlines()[-1] == "imported 1 passages (0 rewrites), 0 duplicates, 1 errors"


@pytest.mark.parametrize(
    ("name", "shown"),
    [("bad\nname.jsonl", "bad\\nname.jsonl"), ("report\u202elnosj.jsonl", "report\\u202elnosj.jsonl")],
    ids=["newline", "right-to-left-override"],
)
def test_a_name_with_control_characters_is_printed_escaped_on_one_line(project_path, tmp_path, name, shown):
    data = tmp_path / name
    data.write_text(GOOD + BAD, encoding="utf-8")
    result = aligner("import", project_path, data)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"{tmp_path}/{shown}:2: invalid JSON: Expecting value (column 21)"]
    assert f"{tmp_path}/{shown} (jsonl)" in result.stdout.splitlines()[0]
    assert "\u202e" not in result.stdout + result.stderr


def test_a_file_that_cannot_be_read_is_named_escaped(project_path, tmp_path):
    missing = tmp_path / "gone\u202e.jsonl"
    result = aligner("import", project_path, missing)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{tmp_path}/gone\\u202e.jsonl: no such file or folder"]


def test_a_name_that_is_not_utf8_is_printed_not_crashed_on(project_path, tmp_path):
    data = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.jsonl"))
    data.write_text(GOOD + BAD, encoding="utf-8")
    result = aligner("import", project_path, data)
    assert result.returncode == 0, result.stderr
    assert f"{tmp_path}/caf\\xe9.jsonl:2: invalid JSON" in result.stderr


def test_search_prints_passage_text_that_cannot_act_on_the_terminal(project_path, tmp_path):
    data = tmp_path / "tricks.jsonl"
    text = "كلمة \x1b[2J\x1b]0;pwned\x07 \u202eعكس\u202c نهاية"
    data.write_text(json.dumps({"id": "t\x1b1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert aligner("import", project_path, data).returncode == 0
    result = aligner("search", project_path, "كلمة")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout
    assert "كلمة \\x1b[2J\\x1b]0;pwned\\x07 \\u202eعكس\\u202c نهاية" in result.stdout
    assert "t\\x1b1" in result.stdout
    as_json = json.loads(aligner("search", project_path, "كلمة", "--json").stdout)
    assert as_json["results"][0]["text"] == text  # the document keeps the text as it is
