import sqlite3

import pytest

from aligner_gui.core.errors import ProjectError
from aligner_gui.core.ingest import import_files
from aligner_gui.core.review.search import search
from aligner_gui.core.store import schema
from aligner_gui.core.store.project import Project
from tests.conftest import write_jsonl


def test_new_project_is_wal_with_foreign_keys_and_latest_schema(project):
    conn = project.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project.schema_version == schema.LATEST_VERSION
    versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, schema.LATEST_VERSION + 1))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"passages", "rewrites", "reviews", "prompts", "drafts", "flags", "import_errors"} <= tables


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.aligner"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)


def test_foreign_keys_are_enforced(project):
    with pytest.raises(sqlite3.IntegrityError), project.transaction() as conn:
        conn.execute(
            "INSERT INTO rewrites(passage_id, text, text_hash, origin, created_at)"
            " VALUES (999, 'x', x'00', 'model', 'now')"
        )


def test_a_row_inserted_through_sqlite_utils_goes_with_its_transaction(project):
    # Core inserts rows with project.db.table(...).insert inside Project.transaction: the
    # insert must not commit by itself (sqlite-utils 3.x did), or a failure after it
    # would leave half a change behind.
    prompt = {"name": "half", "version": 1, "language": "ar", "text": "نص", "created_at": "now"}
    with pytest.raises(sqlite3.IntegrityError), project.transaction() as conn:
        project.db.table("prompts").insert(prompt)
        conn.execute(
            "INSERT INTO rewrites(passage_id, text, text_hash, origin, created_at)"
            " VALUES (999, 'x', x'00', 'model', 'now')"
        )
    assert project.conn.execute("SELECT count(*) FROM prompts WHERE name = 'half'").fetchone()[0] == 0


def _add_review(project, decision="accepted"):
    with project.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO passages(uid, text, text_hash, created_at) VALUES ('u1', 'نص', x'01', 'now')"
        )
        conn.execute(
            "INSERT INTO reviews(passage_id, reviewer, decision, created_at)"
            " SELECT id, 'huda', ?, 'now' FROM passages WHERE uid = 'u1'",
            (decision,),
        )


def test_reviews_are_append_only(project):
    _add_review(project)
    for statement in ("UPDATE reviews SET decision = 'rejected'", "DELETE FROM reviews"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"), project.transaction() as conn:
            conn.execute(statement)
    assert project.conn.execute("SELECT decision FROM reviews").fetchall() == [("accepted",)]


def test_current_review_is_the_latest_row_and_reset_means_pending(project):
    _add_review(project, "accepted")
    _add_review(project, "rejected")
    assert project.conn.execute("SELECT decision FROM current_reviews").fetchall() == [("rejected",)]
    _add_review(project, "reset")
    assert project.conn.execute("SELECT count(*) FROM current_reviews").fetchone()[0] == 0


def _make_old_project(path, version):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
    for number, migration in enumerate(schema.MIGRATIONS[:version], start=1):
        migration(conn)
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'then', '0.0.1')", (number,))
    conn.execute(
        "INSERT INTO passages(uid, text, text_hash, created_at) VALUES ('old-1', 'كَتَبَ، المعلمُ', x'02', 'then')"
    )
    if version >= 2:  # that version's importer indexed normalized text
        conn.execute("INSERT INTO passages_fts(rowid, text) VALUES (1, 'كتب، المعلم')")
    conn.execute(f"PRAGMA user_version={version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", [1, 4])
def test_older_project_is_backed_up_and_upgraded(tmp_path, version):
    path = tmp_path / "old.aligner"
    _make_old_project(path, version)
    with Project.open(path) as project:
        assert project.schema_version == schema.LATEST_VERSION
        # The upgrade (re)built the search index over passages that were already there.
        assert [hit.uid for hit in search(project, "كتب").hits] == ["old-1"]
        assert [hit.uid for hit in search(project, '"كتب المعلم"').hits] == ["old-1"]
    backup = tmp_path / f"old.aligner.v{version}.bak"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT uid FROM passages").fetchall() == [("old-1",)]


def test_newer_project_is_refused_untouched(tmp_path):
    path = tmp_path / "new.aligner"
    Project.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={schema.LATEST_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer aligner_gui.*Update aligner_gui"):
        Project.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"hello, not a database at all" * 100])
def test_other_files_are_not_projects(tmp_path, content):
    path = tmp_path / "x.aligner"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="not an aligner project"):
        Project.open(path)


def test_plain_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t(x)")
    with pytest.raises(ProjectError, match="not an aligner project"):
        Project.open(path)


def test_missing_project(tmp_path):
    with pytest.raises(ProjectError, match="no project at"):
        Project.open(tmp_path / "nothing.aligner")


def test_reopened_project_keeps_its_data(tmp_path):
    path = tmp_path / "p.aligner"
    with Project.create(path) as project:
        import_files(project, [write_jsonl(tmp_path / "a.jsonl", [{"text": "نص أول"}, {"text": "نص ثان"}])])
    with Project.open(path) as project:
        assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == 2
        assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
