"""Two processes writing one project: never corruption, and a clear message for the second."""

import subprocess
import sys
import textwrap

from aligner_gui.core.store.project import Project
from aligner_gui.core.store.writer_lock import WriterLock
from tests.conftest import run_module, write_jsonl

WRITER = textwrap.dedent(
    """
    import sys
    from aligner_gui.core.store.project import Project
    project = Project.open(sys.argv[1])
    name = sys.argv[2]
    for i in range(150):
        with project.transaction() as conn:
            conn.execute(
                "INSERT INTO reviews(passage_id, reviewer, decision, final_text, created_at)"
                " VALUES (1, ?, 'edited', ?, 'now')", (name, f"{name} {i} " + "نص " * 200))
    print("done")
    """
)


def test_simultaneous_short_writers_both_succeed_and_the_file_stays_sound(project, tmp_path):
    write_jsonl(tmp_path / "one.jsonl", [{"text": "نص واحد للمراجعة"}])
    from aligner_gui.core.ingest import import_files

    import_files(project, [tmp_path / "one.jsonl"])
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(project.path), name], stdout=subprocess.PIPE, text=True)
        for name in ("huda", "omar")
    ]
    assert [p.communicate(timeout=120)[0].strip() for p in procs] == ["done", "done"]
    counts = dict(project.conn.execute("SELECT reviewer, count(*) FROM reviews GROUP BY reviewer").fetchall())
    assert counts == {"huda": 150, "omar": 150}
    assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def run_cli(*args):
    return run_module("aligner_gui.cli", *args)


def test_second_bulk_writer_is_refused_with_a_message_naming_the_first(project, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": f"نص رقم {i}"} for i in range(10)])
    with WriterLock(project.path, "aligner import"):
        result = run_cli("import", str(project.path), str(path))
    assert result.returncode == 1
    assert "is busy" in result.stderr and "aligner import" in result.stderr and "Traceback" not in result.stderr
    assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == 0
    # Once the first writer is gone the same command works.
    assert run_cli("import", str(project.path), str(path)).returncode == 0
    assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == 10


def test_two_imports_started_together(tmp_path):
    path = tmp_path / "p.aligner"
    Project.create(path).close()
    files = [write_jsonl(tmp_path / f"{n}.jsonl", [{"text": f"{n} نص {i} " * 30} for i in range(6000)]) for n in "ab"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "aligner_gui.cli", "import", str(path), str(f)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    refused = [err for code, err in results if code != 0]
    for err in refused:
        assert "is busy" in err and "Traceback" not in err
    with Project.open(path) as project:
        assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == 6000 * (2 - len(refused))
        assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every stored passage is fully indexed: no half-written chunk.
        assert (
            project.conn.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'نص'").fetchone()[0]
            == project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        )
