"""`aligner import` on records that once ended the whole command with an internal error
(exit 70) or silently merged rows: each is one `FILE:LINE: reason` line on stderr, and every
good record before and after it, and in the next file, is imported."""

import codecs
import json
import sqlite3

import pytest

from tests.conftest import run_module


def aligner(*args):
    return run_module("aligner_gui.cli", *args)


def good(i: int) -> str:
    return json.dumps({"id": f"ok-{i}", "text": f"نص سليم رقم {i}"}, ensure_ascii=False)


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.aligner"
    assert aligner("init", path).returncode == 0
    return path


@pytest.fixture
def next_file(tmp_path):
    path = tmp_path / "next.jsonl"
    path.write_text(good(99) + "\n", encoding="utf-8")
    return path


def imported_uids(project_path) -> list[str]:
    with sqlite3.connect(project_path) as conn:
        uids = [row[0] for row in conn.execute("SELECT uid FROM passages ORDER BY id")]
        unfinished = conn.execute("SELECT count(*) FROM imports WHERE finished_at IS NULL").fetchone()[0]
    conn.close()
    assert unfinished == 0
    return uids


def assert_reported(result, *lines):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stderr.splitlines() == list(lines)


def test_a_number_too_long_for_python(project_path, tmp_path, next_file):
    data = tmp_path / "long.jsonl"
    data.write_text(f'{good(1)}\n{{"text": "طويل", "n": {"9" * 5000}}}\n{good(2)}\n', encoding="utf-8")
    result = aligner("import", project_path, data, next_file)
    assert_reported(result, f"{data}:2: a number with 5,000 digits is over the 4,300-digit limit")
    assert imported_uids(project_path) == ["ok-1", "ok-2", "ok-99"]


def test_deep_nesting_in_a_json_array(project_path, tmp_path, next_file):
    data = tmp_path / "deep.json"
    data.write_text(f"[{good(1)},\n{'[' * 100_000}{']' * 100_000},\n{good(2)}]\n", encoding="utf-8")
    result = aligner("import", project_path, data, next_file)
    assert_reported(result, f"{data}:2: invalid JSON: nested too deeply")
    assert imported_uids(project_path) == ["ok-1", "ok-2", "ok-99"]


@pytest.mark.parametrize("asked", [[], ["--encoding", "utf-16"]], ids=["by-its-mark", "asked"])
def test_utf16_and_utf32_files_with_a_byte_order_mark(project_path, tmp_path, asked):
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_text(f"{good(1)}\n{{broken\n{good(2)}\n", encoding="utf-16")
    utf32 = tmp_path / "utf32.csv"
    utf32.write_bytes(codecs.BOM_UTF32_BE + 'id,text\nc1,"نص\nعلى سطرين"\n'.encode("utf-32-be"))
    result = aligner("import", project_path, utf16, utf32, *asked)
    assert_reported(result, f"{utf16}:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)")
    assert imported_uids(project_path) == ["ok-1", "ok-2", "c1"]


def test_a_stray_quote_in_a_csv(project_path, tmp_path, next_file):
    rows = ["id,text"] + [f"r{i},نص رقم {i}" for i in range(1, 101)]
    rows[30] = 'r30,"نص رقم 30'
    data = tmp_path / "quote.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = aligner("import", project_path, data, next_file)
    assert_reported(
        result,
        f"{data}:31: row 30: a quoted field is not closed by the end of the file (a stray quote?); "
        "lines 32-101 are read again as rows",
    )
    assert imported_uids(project_path) == [f"r{i}" for i in range(1, 101) if i != 30] + ["ok-99"]
