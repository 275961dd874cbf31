"""Stopping an import keeps what was written, and importing again carries on."""

import pytest

from aligner_gui.core.ingest import ImportOptions, import_files
from tests.conftest import write_jsonl


def numbered(prefix: str, count: int) -> list[dict]:
    return [{"id": f"{prefix}{i}", "text": f"النص رقم {i} من {prefix}"} for i in range(count)]


def count(project, sql: str) -> int:
    return project.conn.execute(sql).fetchone()[0]


@pytest.mark.parametrize("parse_in_subprocess", [False, True], ids=["in-process", "helper-process"])
def test_stop_keeps_what_was_written_and_a_second_import_carries_on(project, tmp_path, parse_in_subprocess):
    first = write_jsonl(tmp_path / "first.jsonl", numbered("a", 100))
    second = write_jsonl(tmp_path / "second.jsonl", numbered("b", 40))
    options = ImportOptions(chunk_size=10, transaction_rows=10, parse_in_subprocess=parse_in_subprocess)
    written = []

    reports = import_files(
        project,
        [first, second],
        options,
        on_progress=lambda report, done, total: written.append(report.imported),
        stop=lambda: bool(written) and written[-1] >= 25,
    )

    report, not_begun = reports
    assert report.stopped and report.failed is None
    assert (not_begun.path, not_begun.begun, not_begun.stopped) == (str(second), False, True)
    assert report.imported == 30  # asked before each chunk of 10: stopped after the third
    assert count(project, "SELECT count(*) FROM passages") == 30
    assert count(project, "SELECT count(*) FROM imports WHERE finished_at IS NULL") == 1

    again = import_files(project, [first, second], options)  # the first file is read from line 31
    assert [(r.imported, r.duplicates, r.stopped) for r in again] == [(70, 0, False), (40, 0, False)]
    assert [r.carried_on_after for r in again] == [30, None]
    assert count(project, "SELECT count(*) FROM passages") == 140
    assert count(project, "SELECT count(*) FROM imports WHERE finished_at IS NULL") == 1  # only the stopped one


def test_a_stop_that_never_comes_changes_nothing(project, tmp_path):
    path = write_jsonl(tmp_path / "all.jsonl", numbered("c", 50))
    [report] = import_files(project, [path], ImportOptions(chunk_size=10, transaction_rows=10), stop=lambda: False)
    assert (report.imported, report.stopped) == (50, False)
    assert count(project, "SELECT count(*) FROM imports WHERE finished_at IS NOT NULL") == 1


def test_stop_after_the_last_record_of_a_file_finishes_it_and_begins_no_other(project, tmp_path):
    first = write_jsonl(tmp_path / "first.jsonl", numbered("a", 100))  # exactly ten chunks of 10
    second = write_jsonl(tmp_path / "second.jsonl", numbered("b", 40))
    third = write_jsonl(tmp_path / "third.jsonl", numbered("c", 40))
    written = []
    reports = import_files(
        project,
        [first, second, third],
        ImportOptions(chunk_size=10, transaction_rows=10),
        on_progress=lambda report, done, total: written.append(report.imported),
        stop=lambda: bool(written) and written[-1] >= 100,
    )
    assert [(r.imported, r.stopped, r.begun) for r in reports] == [(100, False, True), (0, True, False)] + [
        (0, True, False)
    ]
    assert count(project, "SELECT count(*) FROM imports") == 1  # the files not begun left no trace
    assert count(project, "SELECT count(*) FROM imports WHERE finished_at IS NOT NULL") == 1


def test_what_a_failed_import_committed_can_be_read_back(project, tmp_path):
    from aligner_gui.core.ingest import imports_after, latest_import_id

    import_files(project, [write_jsonl(tmp_path / "old.jsonl", numbered("o", 5))])
    before = latest_import_id(project)
    path = write_jsonl(tmp_path / "new.jsonl", numbered("n", 30) + [{"id": "bad"}] + numbered("o", 2))
    [report] = import_files(project, [path], ImportOptions(chunk_size=10, transaction_rows=10))
    [recorded] = imports_after(project, before)
    assert (recorded.imported, recorded.duplicates, recorded.errors, recorded.format) == (30, 2, 1, "jsonl")
    assert (report.imported, report.duplicates, report.errors) == (30, 2, 1)
    assert recorded.path == str(path.absolute())


def test_progress_shows_only_what_is_committed(project, tmp_path):
    """A count the user saw must survive a crash at that moment: progress comes after the commit."""
    import sqlite3

    path = write_jsonl(tmp_path / "all.jsonl", numbered("d", 95))
    seen = []

    def progress(report, done, total):
        with sqlite3.connect(project.path) as other:  # what a crash now would leave
            seen.append((report.imported, other.execute("SELECT count(*) FROM passages").fetchone()[0]))

    import_files(project, [path], ImportOptions(chunk_size=10, transaction_rows=30), on_progress=progress)
    assert [shown for shown, _ in seen] == [10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 95]
    assert all(shown <= committed for shown, committed in seen)
