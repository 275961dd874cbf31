"""An interrupted import carries on after its last commit, not from the file's start."""

from __future__ import annotations

import gzip
import json

import pytest

from aligner_gui.core.ingest import ImportOptions, import_files
from tests.conftest import write_jsonl


def numbered(count: int, start: int = 0) -> list[dict]:
    return [{"id": str(i), "text": f"النص رقم {i} عن الزراعة"} for i in range(start, start + count)]


def passages(project) -> int:
    return project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]


def stop_after(chunks: int):
    """A stop callback that says yes once ``chunks`` chunks were written."""
    written = []

    def progress(report, done, total):
        written.append(report.imported)

    return progress, lambda: len(written) >= chunks


def interrupted(project, path, options, chunks=3):
    progress, stop = stop_after(chunks)
    [report] = import_files(project, [path], options, on_progress=progress, stop=stop)
    assert report.stopped
    return report.imported


@pytest.mark.parametrize("parse_in_subprocess", [False, True], ids=["in-process", "helper-process"])
def test_a_gzip_file_carries_on_where_the_stopped_import_left_it(project, tmp_path, parse_in_subprocess):
    path = tmp_path / "crawl.jsonl.gz"
    lines = [json.dumps(r, ensure_ascii=False) for r in numbered(100)]
    lines.insert(60, "{not json")  # a bad record after the stop, reported once, on its own line
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    options = ImportOptions(chunk_size=10, transaction_rows=10, parse_in_subprocess=parse_in_subprocess)
    assert interrupted(project, path, options) == 30

    errors = []
    [report] = import_files(project, [path], options, on_error=errors.append)
    assert (report.imported, report.duplicates, report.carried_on_after) == (70, 0, 30)
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [(61, "invalid JSON")]
    assert passages(project) == 100


def test_text_passages_carry_on_after_the_blank_line_that_ended_the_last(project, tmp_path):
    path = tmp_path / "pages.txt"
    path.write_text("\n\n".join(f"فقرة رقم {i}\nسطرها الثاني" for i in range(50)) + "\n", encoding="utf-8")
    options = ImportOptions(chunk_size=10, transaction_rows=10)
    assert interrupted(project, path, options, chunks=2) == 20
    [report] = import_files(project, [path], options)
    assert (report.imported, report.duplicates, report.carried_on_after) == (30, 0, 60)
    texts = {row[0] for row in project.conn.execute("SELECT text FROM passages")}
    assert texts == {f"فقرة رقم {i}\nسطرها الثاني\n" for i in range(50)}


def test_a_file_changed_since_is_read_from_the_start(project, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", numbered(60))
    options = ImportOptions(chunk_size=10, transaction_rows=10)
    assert interrupted(project, path, options) == 30
    write_jsonl(path, numbered(5, start=1000) + numbered(60))  # new records before the old ones
    [report] = import_files(project, [path], options)
    assert (report.imported, report.duplicates, report.changed_since, report.carried_on_after) == (35, 30, True, None)
    assert passages(project) == 65


def test_other_options_or_a_finished_import_do_not_carry_on(project, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", numbered(60))
    assert interrupted(project, path, ImportOptions(chunk_size=10, transaction_rows=10)) == 30
    [other] = import_files(project, [path], ImportOptions(chunk_size=10, transaction_rows=10, id_field="text"))
    assert (other.carried_on_after, other.imported, other.duplicates) == (None, 30, 30)
    [finished] = import_files(project, [path], ImportOptions(chunk_size=10, transaction_rows=10))
    assert (finished.carried_on_after, finished.duplicates) == (30, 30)
    [again] = import_files(project, [path], ImportOptions(chunk_size=10, transaction_rows=10))
    assert (again.carried_on_after, again.imported, again.duplicates) == (None, 0, 60)


def test_an_import_killed_before_its_first_commit_keeps_the_point_to_carry_on_from(project, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", numbered(60))
    assert interrupted(project, path, ImportOptions(chunk_size=10, transaction_rows=10)) == 30
    options = ImportOptions(chunk_size=10, transaction_rows=10)
    # A second import stopped at once, before writing anything: it must not lose the point.
    [report] = import_files(project, [path], options, stop=lambda: True)
    assert report.begun is False
    [report] = import_files(project, [path], options, stop=iter([False, True]).__next__)
    assert report.stopped and report.imported == 0
    [report] = import_files(project, [path], options)
    assert (report.carried_on_after, report.imported, report.duplicates) == (30, 30, 0)


@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["csv", "tsv"])
def test_a_csv_file_carries_on_with_its_header_and_row_numbers(project, tmp_path, delimiter):
    path = tmp_path / ("table.csv" if delimiter == "," else "table.tsv")
    rows = [f'"{i}"{delimiter}"سطر رقم {i}\nوسطره الثاني"' for i in range(60)]
    rows.insert(45, f"x{delimiter}y{delimiter}z")  # row 46 has 3 fields
    path.write_text(f"id{delimiter}text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    options = ImportOptions(chunk_size=10, transaction_rows=10)
    assert interrupted(project, path, options) == 30

    errors = []
    [report] = import_files(project, [path], options, on_error=errors.append)
    assert (report.imported, report.duplicates, report.carried_on_after) == (30, 0, 61)  # 2 lines a row + header
    assert [(e.line, e.reason) for e in errors] == [(92, "row 46 has 3 fields; the header has 2")]
    texts = {row[0] for row in project.conn.execute("SELECT text FROM passages")}
    assert texts == {f"سطر رقم {i}\nوسطره الثاني" for i in range(60)}


def test_a_stop_while_rows_after_a_stray_quote_are_read_again_loses_none(project, tmp_path):
    path = tmp_path / "quote.csv"
    rows = [f"{i},نص الصف {i}" for i in range(2000)]
    rows[10] = '10,"نص الصف 10 بعلامة تنصيص لا تغلق'
    path.write_text("id,text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    options = ImportOptions(chunk_size=100, transaction_rows=100)
    interrupted(project, path, options, chunks=3)
    import_files(project, [path], options)
    uids = {row[0] for row in project.conn.execute("SELECT uid FROM passages")}
    assert uids == {str(i) for i in range(2000)} - {"10"}


def test_a_header_with_an_undecodable_name_still_imports_and_carries_on(project, tmp_path):
    path = tmp_path / "badcol.csv"
    path.write_bytes(b"id,text,no\xffte\n" + "".join(f"{i},نص رقم {i},x\n" for i in range(50)).encode())
    options = ImportOptions(chunk_size=10, transaction_rows=10)
    assert interrupted(project, path, options) == 30
    [report] = import_files(project, [path], options)
    assert (report.imported, report.carried_on_after, report.errors) == (20, 31, 0)
    meta = project.conn.execute("SELECT meta FROM passages LIMIT 1").fetchone()[0]
    assert json.loads(meta) == {"no\\xffte": "x"}


def test_row_numbers_after_carrying_on_count_rows_read_again_after_a_stray_quote(project, tmp_path):
    path = tmp_path / "quote.csv"
    rows = [f"{i},نص الصف {i}" for i in range(1, 2001)]
    rows[5] = '6,"نص بعلامة تنصيص لا تغلق'
    rows[1899] = "1900,x,y"
    path.write_text("id,text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    options = ImportOptions(chunk_size=100, transaction_rows=100)
    interrupted(project, path, options, chunks=14)
    errors = []
    import_files(project, [path], options, on_error=errors.append)
    assert "row 1900 has 3 fields; the header has 2" in [e.reason for e in errors]
