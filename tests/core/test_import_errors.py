"""Bad input never aborts an import, never half-writes a row, and is reported precisely."""

import gzip

import pytest

from aligner_gui.core.ingest import MAX_RECORD_BYTES, MAX_TEXT_CHARS, ImportOptions, import_files
from tests.conftest import write_jsonl

GOOD = '{"id": "ok-%d", "text": "نص سليم رقم %d"}\n'


def run_import(project, path, **options):
    errors = []
    [report] = import_files(project, [path], ImportOptions(**options), on_error=errors.append)
    logged = project.conn.execute(
        "SELECT file, line, reason FROM import_errors WHERE import_id = (SELECT max(id) FROM imports) ORDER BY line"
    ).fetchall()
    assert [(e.file, e.line, e.reason) for e in sorted(errors, key=lambda e: e.line)] == logged
    return report, {e.line: e.reason for e in errors}


def uids(project):
    return [row[0] for row in project.conn.execute("SELECT uid FROM passages ORDER BY id")]


# Large files are parsed in a helper process, small ones here: both must behave alike.
both_parsers = pytest.mark.parametrize("parse_in_subprocess", [False, True], ids=["in-process", "helper-process"])


@both_parsers
def test_each_bad_jsonl_record_is_reported_and_the_rest_imported(project, tmp_path, parse_in_subprocess):
    lines = [
        GOOD % (1, 1),
        '{"id": "broken", "text": "نص مقطوع\n',  # invalid JSON
        '{"id": "no-text", "title": "عنوان"}\n',
        '{"id": "empty", "text": "  \\u0640\\u064e  "}\n',  # only tatweel and a haraka
        '{"id": "nul", "text": "قبل\\u0000بعد"}\n',
        '{"id": "number", "text": 42}\n',
        "[1, 2, 3]\n",
        GOOD % (2, 2),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_bytes("".join(lines).encode() + b'{"id": "latin1", "text": "caf\xe9"}\n' + (GOOD % (3, 3)).encode())
    report, errors = run_import(project, path, parse_in_subprocess=parse_in_subprocess)
    assert (report.imported, report.errors) == (3, 7)
    assert uids(project) == ["ok-1", "ok-2", "ok-3"]
    assert errors[2].startswith("invalid JSON")
    assert errors[3] == "missing field 'text'"
    assert errors[4] == "field 'text' is empty"
    assert errors[5] == "field 'text' contains a NUL byte"
    assert errors[6] == "field 'text' is a number, not text"
    assert errors[7] == "expected a JSON object, got an array"
    assert "invalid byte 0xE9" in errors[9]


def test_record_over_the_size_limit_is_skipped_without_loading_it(project, tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as f:
        f.write((GOOD % (1, 1)).encode())
        f.write(b'{"text": "' + "ا".encode() * (MAX_RECORD_BYTES // 2 + 10) + b'"}\n')
        f.write((GOOD % (2, 2)).encode())
    report, errors = run_import(project, path)
    assert report.imported == 2
    assert errors == {2: "record is over the 16 MiB limit"}


def test_text_over_the_character_limit(project, tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "%s"}\n' % ("ب" * (MAX_TEXT_CHARS + 1)), encoding="utf-8")
    report, errors = run_import(project, path)
    assert report.imported == 0
    assert "over the 1,000,000 limit" in errors[1]


def test_csv_row_with_wrong_number_of_fields(project, tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('id,text\n1,نص أول\n2,نص,زائد\n3\n4,"نص\nعلى سطرين"\n5,نص خامس\n', encoding="utf-8")
    report, errors = run_import(project, path)
    assert report.imported == 3
    assert errors == {3: "row 2 has 3 fields; the header has 2", 4: "row 3 has 1 fields; the header has 2"}
    assert uids(project) == ["1", "4", "5"]


def test_id_reused_for_a_different_text_is_an_error_not_an_overwrite(project, tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text('{"id": "x", "text": "النص الأصلي"}\n{"id": "x", "text": "نص آخر تماما"}\n', encoding="utf-8")
    report, errors = run_import(project, path)
    assert report.imported == 1
    assert errors == {2: "id 'x' is already used by a passage with a different text"}
    assert project.conn.execute("SELECT text FROM passages").fetchall() == [("النص الأصلي",)]


def test_rows_of_one_chunk_are_judged_in_file_order(project, tmp_path):
    run_import(project, write_jsonl(tmp_path / "first.jsonl", [{"id": "x", "text": "نص قديم"}]))
    records = [
        {"id": "x", "text": "نص جديد"},  # id taken by another text; the text is not in yet
        {"id": "y", "text": "نص جديد"},  # the same text under a free id: imported
        {"id": "y", "text": "نص جديد"},  # the very same record again: a duplicate
        {"id": "z", "text": "نص قديم"},  # a text already in the project: a duplicate
    ]
    report, errors = run_import(project, write_jsonl(tmp_path / "second.jsonl", records))
    assert (report.imported, report.duplicates) == (1, 2)
    assert errors == {1: "id 'x' is already used by a passage with a different text"}
    assert uids(project) == ["x", "y"]


def test_windows_1256_file_names_the_encoding_option_then_imports_with_it(project, tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes("id,text\n1,مرحبا بكم في الموقع\n2,أخبار اليوم العاجلة\n3,السلام عليكم\n".encode("cp1256"))
    report, _ = run_import(project, path)
    assert report.imported == 0
    assert "--encoding cp1256" in report.failed
    assert "legacy.csv" in report.failed
    report, errors = run_import(project, path, encoding="cp1256")
    assert (report.imported, errors) == (3, {})
    assert project.conn.execute("SELECT text FROM passages WHERE uid = '2'").fetchone()[0] == "أخبار اليوم العاجلة"


@both_parsers
def test_unknown_field_layout_is_a_clear_file_error(project, tmp_path, parse_in_subprocess):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"a": "نص", "b": 1}\n', encoding="utf-8")
    report, _ = run_import(project, path, parse_in_subprocess=parse_in_subprocess)
    assert report.failed and "--text-field" in report.failed and "a, b" in report.failed


@both_parsers
def test_truncated_gzip_keeps_what_was_read(project, tmp_path, parse_in_subprocess):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress("".join(GOOD % (i, i) for i in range(5000)).encode())
    path.write_bytes(data[: len(data) // 2])
    report, _ = run_import(project, path, chunk_size=100, parse_in_subprocess=parse_in_subprocess)
    assert report.failed and "cannot read" in report.failed
    assert 0 < report.imported < 5000
    assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == report.imported


@both_parsers
def test_corrupt_gzip_data_names_the_file_and_keeps_what_was_read(project, tmp_path, parse_in_subprocess):
    path = tmp_path / "corrupt.jsonl.gz"
    # A good gzip member, then one whose deflate data opens with a reserved block type.
    bad_member = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x07" + bytes(64)
    path.write_bytes(gzip.compress("".join(GOOD % (i, i) for i in range(3000)).encode()) + bad_member)
    report, _ = run_import(project, path, chunk_size=100, parse_in_subprocess=parse_in_subprocess)
    reason = "corrupt compressed data (Error -3 while decompressing data: invalid block type)"
    assert report.failed == f"{path}: cannot read: {reason}"
    assert report.imported == 3000


def test_unclosed_json_array(project, tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[{"text": "نص أول"},\n {"text": "نص ثان"},\n {"text": "نص', encoding="utf-8")
    report, _ = run_import(project, path)
    assert report.imported == 2
    assert "line 3" in report.failed


@pytest.mark.parametrize("name", ["notes.xyz", "missing.jsonl"])
def test_unreadable_file_names_the_file(project, tmp_path, name):
    path = tmp_path / name
    if name.endswith(".xyz"):
        path.write_text("x")
    report, _ = run_import(project, path)
    assert report.failed.startswith(str(path))


def test_bad_records_count_towards_each_commit(project, tmp_path):
    """A file of mostly bad records is committed as it goes, not in one transaction."""
    import sqlite3

    path = tmp_path / "mostly-bad.jsonl"
    path.write_text(GOOD % (0, 0) + '{"title": "بلا نص"}\n' * 45_000, encoding="utf-8")
    reader = sqlite3.connect(project.path)  # sees committed rows only
    committed = []
    on_progress = lambda report, done, total: committed.append(  # noqa: E731
        reader.execute("SELECT count(*) FROM import_errors").fetchone()[0]
    )
    [report] = import_files(project, [path], ImportOptions(), on_progress=on_progress)
    reader.close()
    assert report.errors == 45_000
    assert 0 < committed[0] < 45_000  # errors were committed while the file was still being read


def test_a_one_record_windows_1256_file_is_told_to_use_encoding(project, tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_bytes('{"text": "مرحبا بكم"}\n'.encode("cp1256"))
    report, errors = run_import(project, path)
    assert report.imported == 0
    assert "--encoding" in errors[1] and errors[1].startswith("text: invalid byte 0x")
