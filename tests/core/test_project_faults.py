"""Faults of the disk and the file: a full disk, read-only files and mounts, a busy project.

Each must end in a ProjectError that names the project and says what happened, and
leave everything committed before it in place (``PRAGMA integrity_check`` ok).
"""

import shutil
import sqlite3

import pytest

import aligner_gui.core.store.project
from aligner_gui.core.errors import (
    ProjectBusyError,
    ProjectDiskFullError,
    ProjectError,
    ProjectReadOnlyError,
)
from aligner_gui.core.ingest import ImportOptions, import_files
from aligner_gui.core.review.decisions import Decision, record_decision
from aligner_gui.core.review.search import search
from aligner_gui.core.review.stats import project_stats
from aligner_gui.core.store import schema
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.writer_lock import WriterLock, lock_path
from tests.conftest import as_schema_4, write_jsonl
from tests.fault_setups import fill_disk, immutable, read_only_for_me, read_only_view, small_disk

WORDS = "كتب المحرر مقالا طويلا عن الاقتصاد والزراعة في الريف "


def records(count, start=0):
    return [
        {"id": f"r{i}", "text": f"{WORDS * 8} رقم {i}", "rewrite": f"{WORDS * 8}. رقم {i}"}
        for i in range(start, start + count)
    ]


def integrity(path):
    with sqlite3.connect(path) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    return result


def passages(path):
    with sqlite3.connect(path) as conn:
        count = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    conn.close()
    return count


def make_project(path, count=20):
    with Project.create(path) as project:
        import_files(project, [write_jsonl(path.parent / "first.jsonl", records(count))])
    return path


# -- a full disk ---------------------------------------------------------------------


def test_disk_full_during_an_import_keeps_every_committed_chunk(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "p.aligner"
        big = write_jsonl(tmp_path / "big.jsonl", records(3000))
        with Project.create(path) as project:
            options = ImportOptions(chunk_size=50, transaction_rows=50, parse_in_subprocess=False)
            with pytest.raises(ProjectDiskFullError) as raised:
                import_files(project, [big], options)
            assert str(raised.value) == f"{path}: the disk is full; nothing after the last commit was written"
            kept = project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]
            assert 0 < kept < 3000 and kept % 50 == 0  # whole transactions, none half-written
            assert search(project, "رقم").total == kept  # the search index agrees
        assert integrity(path) == "ok"
        (disk / "filler").unlink(missing_ok=True)


def test_disk_full_during_init_leaves_nothing_behind(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        fill_disk(disk)
        path = disk / "p.aligner"
        with pytest.raises(ProjectDiskFullError, match=f"^cannot create {path}: the disk is full"):
            Project.create(path)
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # so `aligner init` can simply be run again


def test_disk_full_during_a_decision_keeps_the_earlier_ones(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = make_project(disk / "p.aligner")
        with Project.open(path) as project:
            record_decision(project, Decision(1, 1, "huda", "accepted"))
            fill_disk(disk)
            with pytest.raises(ProjectDiskFullError, match=f"^{path}: the disk is full"):
                record_decision(project, Decision(2, 2, "huda", "edited", final_text=WORDS * 400))
            rows = project.conn.execute("SELECT passage_id, decision FROM reviews").fetchall()
        assert rows == [(1, "accepted")]
        assert integrity(path) == "ok"


def test_a_project_on_a_full_disk_can_still_be_opened_and_read(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = make_project(disk / "p.aligner")
        fill_disk(disk)  # now there is no room for the -shm file a writer needs
        with Project.open(path) as project:
            assert project.read_only_reason == "the disk is full"
            assert_reads_but_refuses_writes(project, path)
        (disk / "filler").unlink()
        with Project.open(path) as project:  # room again: writable again
            assert not project.read_only
            record_decision(project, Decision(1, 1, "huda", "accepted"))
        assert integrity(path) == "ok"


# -- read-only files and mounts --------------------------------------------------------


def assert_reads_but_refuses_writes(project, path):
    assert project.read_only
    assert project_stats(project)["passages"] == 20
    assert search(project, "الاقتصاد").total == 20
    message = f"{path} is read-only"
    with pytest.raises(ProjectReadOnlyError, match=f"^{message}"):
        record_decision(project, Decision(1, 1, "huda", "accepted"))
    with pytest.raises(ProjectReadOnlyError, match=f"^{message}"):
        project.writer_lock("aligner import")


def test_an_immutable_project_opens_read_only(tmp_path):
    path = make_project(tmp_path / "p.aligner")
    with immutable(path):
        with Project.open(path) as project:
            assert_reads_but_refuses_writes(project, path)
            assert "marked immutable" in project.read_only_reason
        # Reading left no -wal or -shm behind: a -shm made by a reader would carry the
        # reader's ownership and refuse the owner's writes later.
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("p.aligner")) == [
            "p.aligner",
            "p.aligner-lock",
        ]
    assert integrity(path) == "ok"


def test_a_project_on_a_read_only_mount_opens_read_only(tmp_path):
    (tmp_path / "data").mkdir()
    make_project(tmp_path / "data" / "p.aligner")
    with read_only_view(tmp_path / "data", tmp_path / "view") as view:
        seen = view / "p.aligner"
        with Project.open(seen) as project:
            assert_reads_but_refuses_writes(project, seen)
            assert project.read_only_reason == "it is on a read-only file system"


def test_a_project_cannot_be_created_on_a_read_only_mount_and_says_why(tmp_path):
    (tmp_path / "data").mkdir()
    with read_only_view(tmp_path / "data", tmp_path / "view") as view:
        path = view / "new.aligner"
        with pytest.raises(ProjectReadOnlyError, match=f"^cannot create {path}: folder {view} cannot be written"):
            Project.create(path)


def copy_with_pending_wal(source, target, with_shm=True):
    """``target``: a copy of ``source`` whose newest commit is still in its -wal."""
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO project_info(key, value) VALUES ('late', 'only in the wal')")
    for suffix in ("", "-wal", "-shm") if with_shm else ("", "-wal"):
        shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    conn.close()


def test_a_read_only_mount_shows_changes_still_in_the_wal(tmp_path):
    source = make_project(tmp_path / "p.aligner")
    (tmp_path / "data").mkdir()
    copy_with_pending_wal(source, tmp_path / "data" / "p.aligner")
    with read_only_view(tmp_path / "data", tmp_path / "view") as view, Project.open(view / "p.aligner") as project:
        assert project.read_only
        late = project.conn.execute("SELECT value FROM project_info WHERE key = 'late'").fetchone()
        assert late == ("only in the wal",)


def test_a_wal_that_cannot_be_read_on_a_read_only_mount_is_said_so(tmp_path):
    source = make_project(tmp_path / "p.aligner")
    (tmp_path / "data").mkdir()
    copy_with_pending_wal(source, tmp_path / "data" / "p.aligner", with_shm=False)
    with read_only_view(tmp_path / "data", tmp_path / "view") as view:
        seen = view / "p.aligner"
        with pytest.raises(ProjectError, match=f"^{seen} cannot be read here: its latest changes are still in"):
            Project.open(seen)


def test_a_read_only_project_that_needs_an_upgrade_says_it_cannot_be_upgraded(tmp_path):
    path = make_project(tmp_path / "p.aligner")
    as_schema_4(path)
    with read_only_for_me(path), pytest.raises(ProjectReadOnlyError) as raised:
        Project.open(path)
    message = str(raised.value)
    assert message.startswith(f"{path} was written by an older aligner_gui (schema version 4)")
    assert f"upgraded to version {schema.LATEST_VERSION}" in message and "read-only" in message
    assert not list(tmp_path.glob("*.bak"))  # nothing was attempted


def test_a_read_only_project_one_version_older_is_read_as_it_is(tmp_path):
    path = make_project(tmp_path / "p.aligner")
    with sqlite3.connect(path) as conn:  # as the previous release left it
        conn.execute("DELETE FROM schema_migrations WHERE version > 5")
        conn.execute("PRAGMA user_version=5")
    conn.close()
    with read_only_for_me(path), Project.open(path) as project:
        assert project.read_only and project.schema_version == 5
        assert project_stats(project)["passages"] == 20
        assert search(project, "رقم").total == 20
    assert not list(tmp_path.glob("*.bak"))


# -- busy and locked ---------------------------------------------------------------------


def test_a_write_transaction_held_elsewhere_is_reported_as_busy(tmp_path, monkeypatch):
    monkeypatch.setattr(aligner_gui.core.store.project, "BUSY_TIMEOUT_MS", 100)
    path = make_project(tmp_path / "p.aligner")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with Project.open(path) as project, pytest.raises(ProjectBusyError, match=f"^{path} is busy: another process"):
        record_decision(project, Decision(1, 1, "huda", "accepted"))
    other.execute("ROLLBACK")
    other.close()


def test_a_lock_file_that_cannot_be_written_still_locks(tmp_path):
    path = make_project(tmp_path / "p.aligner")
    with read_only_for_me(lock_path(path)):
        with WriterLock(path, "aligner import"), pytest.raises(ProjectBusyError, match=f"^{path} is busy"):
            WriterLock(path, "aligner rewrite").__enter__()
        with Project.open(path) as project:  # and importing works
            [report] = import_files(project, [write_jsonl(tmp_path / "more.jsonl", records(5, start=100))])
        assert report.imported == 5
