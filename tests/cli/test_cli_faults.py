"""`aligner` meeting a full disk, a read-only project and a locked one, as a user would.

Each ends with exit status 1 and one line that names the project and says what happened,
no traceback, and everything committed before still there.
"""

import sqlite3
import subprocess
import sys

import pytest

from aligner_gui.core.ingest import import_files
from aligner_gui.core.store.project import Project
from tests.conftest import run_module, write_jsonl
from tests.fault_setups import as_nobody, fill_disk, immutable, read_only_view, shared_folder, small_disk

WORDS = "كتب المحرر مقالا طويلا عن الاقتصاد والزراعة في الريف "


def aligner(*args):
    return run_module("aligner_gui.cli", *args)


def aligner_as(prefix, *args):
    return subprocess.run(
        [*prefix, sys.executable, "-m", "aligner_gui.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def records(count, start=0):
    return [{"text": f"{WORDS * 8} رقم {i}"} for i in range(start, start + count)]


def passages(path):
    with sqlite3.connect(path) as conn:
        count = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    return count


def assert_fails_clearly(result, starts):
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"aligner: error: {starts}"), line
    return line


def made(path):
    """A project holding 20 passages (from first.jsonl beside it)."""
    with Project.create(path) as project:
        [report] = import_files(project, [write_jsonl(path.parent / "first.jsonl", records(20))])
    assert report.imported == 20
    return path


# -- a full disk ---------------------------------------------------------------------------


def test_import_onto_a_full_disk_says_so_and_keeps_the_earlier_import(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = made(disk / "p.aligner")
        (disk / "first.jsonl").unlink()
        big = write_jsonl(tmp_path / "big.jsonl", records(3000, start=100))  # ~4 MB, beside the disk
        result = aligner("import", path, big)
        line = assert_fails_clearly(result, f"{path}: the disk is full; nothing after the last commit was written")
        assert "Kept from this import: 0 passages" in line and "importing the same files again carries on" in line
        assert passages(path) == 20
        stats = aligner("stats", path)
        assert stats.returncode == 0 and "passages       20" in stats.stdout


def test_init_on_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        fill_disk(disk)
        path = disk / "p.aligner"
        assert_fails_clearly(aligner("init", path), f"cannot create {path}: the disk is full")
        assert [p.name for p in disk.iterdir()] == ["filler"]


# -- read-only -----------------------------------------------------------------------------


def refusal(path, reason):
    return f"{path} is read-only ({reason}): it can be read and searched, but not changed"


def assert_read_only(path, reason):
    """Reading works; an import is refused at once, saying why."""
    stats = aligner("stats", path)
    assert stats.returncode == 0 and "passages       20" in stats.stdout, stats.stderr
    more = write_jsonl(path.parent.parent / "more.jsonl", records(3, start=50))
    assert_fails_clearly(aligner("import", path, more), refusal(path, reason))


@pytest.fixture
def mounted(tmp_path):
    """A project seen through a read-only mount."""
    (tmp_path / "data").mkdir()
    made(tmp_path / "data" / "p.aligner")
    with read_only_view(tmp_path / "data", tmp_path / "view") as view:
        yield view / "p.aligner"
    assert passages(tmp_path / "data" / "p.aligner") == 20


def test_a_project_on_a_read_only_mount_is_read_and_searched_but_not_imported_into(mounted):
    assert_read_only(mounted, "it is on a read-only file system")
    found = aligner("search", mounted, "الاقتصاد", "--json")
    assert found.returncode == 0 and '"total": 20' in found.stdout, found.stderr


def test_rewrite_and_new_prompts_refuse_a_read_only_project_before_any_work(mounted, tmp_path):
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("نص", encoding="utf-8")
    refused = refusal(mounted, "it is on a read-only file system")
    assert_fails_clearly(aligner("prompts", mounted, "--set", "mine", "--file", prompt), refused)
    # Refused before the server is asked anything (nothing listens on port 9).
    server = ("--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--model", "m")
    assert_fails_clearly(aligner("rewrite", mounted, *server), refused)


def test_an_immutable_project_is_read_but_not_changed(tmp_path):
    (tmp_path / "data").mkdir()
    path = made(tmp_path / "data" / "p.aligner")
    with immutable(path):
        assert_read_only(path, "p.aligner cannot be written: it is marked immutable")
    assert passages(path) == 20


def test_a_file_another_user_may_not_write_is_read_but_not_changed(tmp_path):
    nobody = as_nobody()
    with shared_folder(tmp_path.name) as folder:
        path = made(folder / "p.aligner")
        path.chmod(0o444)
        assert aligner_as(nobody, "stats", path).returncode == 0
        result = aligner_as(nobody, "import", path, write_jsonl(folder / "more.jsonl", records(3, start=50)))
        assert_fails_clearly(
            result, f"{path} is read-only (p.aligner cannot be written: it is read-only for this user)"
        )
        assert sorted(p.name for p in folder.iterdir()) == ["first.jsonl", "more.jsonl", "p.aligner", "p.aligner-lock"]
        path.chmod(0o644)
        assert passages(path) == 20


def test_a_folder_another_user_may_not_write_makes_the_project_read_only(tmp_path):
    nobody = as_nobody()
    with shared_folder(tmp_path.name) as folder:
        path = made(folder / "p.aligner")
        path.chmod(0o666)  # the file could be written, but not the -wal and -shm beside it
        folder.chmod(0o755)
        assert aligner_as(nobody, "stats", path).returncode == 0
        result = aligner_as(nobody, "import", path, folder / "first.jsonl")
        assert_fails_clearly(result, f"{path} is read-only (its folder {folder} cannot be written)")
        assert passages(path) == 20


# -- locked --------------------------------------------------------------------------------


def test_a_lock_file_left_by_another_user_does_not_stop_an_import(tmp_path):
    nobody = as_nobody()
    with shared_folder(tmp_path.name) as folder:
        path = made(folder / "p.aligner")  # p.aligner-lock: root's, 0644
        path.chmod(0o666)
        more = write_jsonl(folder / "more.jsonl", records(3, start=50))
        result = aligner_as(nobody, "import", path, more)
        assert result.returncode == 0, result.stderr
        assert passages(path) == 23


@pytest.mark.slow
def test_a_write_held_by_another_process_past_the_busy_timeout_is_reported(tmp_path):
    path = made(tmp_path / "p.aligner")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        prompt = tmp_path / "prompt.txt"
        prompt.write_text("نص", encoding="utf-8")
        result = aligner("prompts", path, "--set", "mine", "--file", prompt)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert_fails_clearly(result, f"{path} is busy: another process has been writing to it for over 10 seconds")
