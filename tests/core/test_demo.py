"""The demo project on disk: kept when it opens, set aside (never deleted) when it does
not, and backed up whole before a reset."""

import shutil
import sqlite3

from aligner_gui.core.ingest.demo import create_demo_project, ensure_demo_project, reset_demo_project
from aligner_gui.core.review.decisions import Decision, current_decision, record_decision
from aligner_gui.core.store.project import Project


def test_an_existing_demo_is_kept_as_it_is(tmp_path):
    demo = tmp_path / "demo.aligner"
    assert ensure_demo_project(demo) is None  # created
    with Project.open(demo) as project:
        record_decision(project, Decision(3, 3, "huda", "accepted"))
    assert ensure_demo_project(demo) is None
    with Project.open(demo) as project:
        assert current_decision(project, 3, "huda").decision == "accepted"


def test_a_demo_from_a_newer_version_is_moved_aside_with_its_reason(tmp_path):
    demo = create_demo_project(tmp_path / "demo.aligner")
    with sqlite3.connect(demo) as conn:
        conn.execute("PRAGMA user_version=999")
    conn.close()
    set_aside = ensure_demo_project(demo)
    assert "newer aligner_gui" in set_aside.reason
    assert sqlite3.connect(set_aside.backup).execute("PRAGMA user_version").fetchone()[0] == 999
    with Project.open(demo) as project:
        assert project.schema_version < 999


def test_the_backup_of_a_reset_holds_what_is_still_in_the_write_ahead_log(tmp_path):
    demo = create_demo_project(tmp_path / "demo.aligner")
    with Project.open(demo) as project:
        project.conn.execute("PRAGMA wal_autocheckpoint=0")
        record_decision(project, Decision(5, 5, "huda", "rejected"))
        # The files as a killed app leaves them: the decision is only in the log.
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for suffix in ("", "-wal"):
            shutil.copy(f"{demo}{suffix}", crashed / f"demo.aligner{suffix}")
    assert (crashed / "demo.aligner-wal").stat().st_size > 0
    backup = crashed / "demo.aligner.1.bak"
    reset_demo_project(crashed / "demo.aligner", backup)
    assert sorted(p.name for p in crashed.iterdir()) == ["demo.aligner", "demo.aligner.1.bak"]
    with Project.open(backup) as old:
        assert old.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert current_decision(old, 5, "huda").decision == "rejected"
    with Project.open(crashed / "demo.aligner") as new:
        assert new.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
