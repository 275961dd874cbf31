"""The `aligner` command as a user runs it: real processes, real files."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner_gui.core.store.schema import LATEST_VERSION
from tests.conftest import as_schema_4, run_module, start_import, write_jsonl


def aligner(*args):
    return run_module("aligner_gui.cli", *args)


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.aligner"
    result = aligner("init", path)
    assert result.returncode == 0 and result.stdout.strip() == f"created {path}"
    return path


def test_import_prints_errors_then_a_summary_as_last_line(project_path, tmp_path):
    data = tmp_path / "web.jsonl"
    data.write_text(
        '{"id": "1", "text": "كَتَبَ المحررُ مقالاً عن الاقتصاد", "rewrite": "كتب المحرر مقالًا عن الاقتصاد."}\n'
        '{"id": "2", "text": \n'
        '{"id": "3", "text": "خبر ثانٍ عن الطقس"}\n',
        encoding="utf-8",
    )
    result = aligner("import", project_path, data)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [f"{data}:2: invalid JSON: Expecting value (column 21)"]
    assert result.stdout.splitlines()[-1] == "imported 2 passages (1 rewrites), 0 duplicates, 1 errors"
    again = aligner("import", project_path, data)
    assert again.stdout.splitlines()[-1] == "imported 0 passages (0 rewrites), 2 duplicates, 1 errors"


def test_stats_json_document(project_path, tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"text": "نص أول", "rewrite": "نص أول."}, {"text": "نص ثان"}, {"bad": 1}])
    aligner("import", project_path, tmp_path / "a.jsonl")
    result = aligner("stats", project_path, "--json")
    stats = json.loads(result.stdout)
    assert stats["passages"] == 2
    assert stats["passages_with_rewrite"] == 1
    assert stats["rewrites"] == {"total": 1, "by_origin": {"model": 0, "import": 1, "human": 0}, "truncated": 0}
    assert stats["jobs"] == {}
    assert stats["decisions"] == {"accepted": 0, "edited": 0, "rejected": 0, "skipped": 0}
    assert stats["pending"] == 1
    assert stats["import_errors"] == 1
    human = aligner("stats", project_path)
    assert "passages       2 (1 with a rewrite)" in human.stdout


def _upgrade_line(path, backup):
    return (
        f"{path}: upgrading from schema 4 to {LATEST_VERSION} (the old file is kept as {backup});"
        " a large project takes a minute or so"
    )


def test_upgrading_an_older_project_says_so_and_keeps_search_working(project_path, tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "v", "text": "كَتَبَ الشاعرُ، قصيدةً"}])
    aligner("import", project_path, tmp_path / "a.jsonl")
    as_schema_4(project_path)
    result = aligner("search", project_path, "الشاعر", "--json")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [_upgrade_line(project_path, "p.aligner.v4.bak")]
    assert [hit["uid"] for hit in json.loads(result.stdout)["results"]] == ["v"]
    assert (tmp_path / "p.aligner.v4.bak").is_file()
    assert aligner("stats", project_path).stderr == ""  # once

    # Upgraded again from the same version: the first backup is kept, the line names the new one.
    as_schema_4(project_path)
    [line] = aligner("stats", project_path).stderr.splitlines()
    [second] = [p.name for p in tmp_path.glob("p.aligner.v4.bak.*")]
    assert line == _upgrade_line(project_path, second)


def test_search_finds_vowelled_text_from_plain_query(project_path, tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "v", "text": "كَتَبَ الشاعرُ قصيدةً"}, {"id": "w", "text": "قرأ الطالب"}])
    aligner("import", project_path, tmp_path / "a.jsonl")
    result = aligner("search", project_path, "كتب", "--json")
    document = json.loads(result.stdout)
    assert document["total"] == 1
    [hit] = document["results"]
    assert hit["uid"] == "v" and hit["text"][slice(*hit["match"])] == "كَتَبَ"
    plain = aligner("search", project_path, "كتب")
    assert plain.stdout.splitlines()[-1] == "1 of 1 matches"


@pytest.mark.parametrize(
    "args,message",
    [
        (["stats", "{tmp}/missing.aligner"], "no project at {tmp}/missing.aligner; create one with `aligner init"),
        (["init", "{tmp}/p.aligner"], "already exists"),
        (["init", "{tmp}/no/such/dir/p.aligner"], "does not exist"),
        (["import", "{tmp}/p.aligner", "{tmp}/nothing.jsonl"], "nothing.jsonl: no such file"),
    ],
)
def test_errors_are_one_line_without_traceback(project_path, tmp_path, args, message):
    result = aligner(*[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message.format(tmp=tmp_path) in lines[0]
    assert "Traceback" not in result.stderr


def test_cp1256_file_error_names_encoding_option(project_path, tmp_path):
    data = tmp_path / "old.txt"
    data.write_bytes("مرحبا بكم\n\nفي موقعنا الجديد\n\nأهلا وسهلا\n".encode("cp1256"))
    result = aligner("import", project_path, data)
    assert result.returncode == 1 and "--encoding cp1256" in result.stderr
    fixed = aligner("import", project_path, data, "--encoding", "cp1256")
    assert fixed.returncode == 0
    assert fixed.stdout.splitlines()[-1] == "imported 3 passages (0 rewrites), 0 duplicates, 0 errors"


BIG_RECORDS = 80_000  # about 12 MB: parsed in a helper process, which a terminal's Ctrl+C also reaches


@pytest.fixture
def big_jsonl(tmp_path):
    return write_jsonl(
        tmp_path / "big.jsonl", [{"text": f"{i} " + "سطر من نص طويل نسبيًا " * 6} for i in range(BIG_RECORDS)]
    )


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert condition()


def ctrl_c(job: subprocess.Popen) -> tuple[str, str]:
    os.killpg(job.pid, signal.SIGINT)  # to the whole group, as a terminal does
    return job.communicate(timeout=60)


def passages(project_path) -> int:
    with sqlite3.connect(project_path, timeout=10) as conn:
        return conn.execute("SELECT count(*) FROM passages").fetchone()[0]


def command_line(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # it has gone already
        return b""


def check_stopped(job, err: str, last: str = "importing the same files again carries on where it stopped") -> None:
    assert job.returncode == 130, err
    assert "stopping after the passages being written" in err
    assert err.rstrip().endswith(f"stopped: {last}")
    assert "Traceback" not in err


def test_ctrl_c_stops_an_import_cleanly_and_the_next_one_carries_on(project_path, big_jsonl):
    job = start_import(project_path, big_jsonl)
    wait_for(lambda: passages(project_path) > 0 or job.poll() is not None)
    out, err = ctrl_c(job)

    written = passages(project_path)
    check_stopped(job, err)
    assert 0 < written < BIG_RECORDS
    assert out.splitlines()[-1] == f"imported {written} passages (0 rewrites), 0 duplicates, 0 errors"

    again = aligner("import", project_path, big_jsonl)
    assert again.returncode == 0, again.stderr
    assert f"{big_jsonl}: carried on after line {written}, where an import of it stopped" in again.stderr
    summary = f"imported {BIG_RECORDS - written} passages (0 rewrites), 0 duplicates, 0 errors"
    assert again.stdout.splitlines()[-1] == summary


def test_ctrl_c_while_the_parsing_helper_starts_is_a_clean_stop(project_path, big_jsonl):
    job = start_import(project_path, big_jsonl)

    def helper_started() -> bool:
        children = Path(f"/proc/{job.pid}/task/{job.pid}/children").read_text().split()
        return any(b"--multiprocessing-fork" in command_line(child) for child in children) or job.poll() is not None

    wait_for(helper_started)
    time.sleep(0.1)  # the helper is now importing its modules, which takes about half a second
    out, err = ctrl_c(job)
    check_stopped(job, err)
    assert out.splitlines()[-1] == f"imported {passages(project_path)} passages (0 rewrites), 0 duplicates, 0 errors"
    assert json.loads(aligner("stats", project_path, "--json").stdout)["import_errors"] == 0  # the helper lived


def test_an_import_started_ignoring_ctrl_c_keeps_ignoring_it(project_path, big_jsonl):
    job = start_import(project_path, big_jsonl, ignoring_ctrl_c=True)
    wait_for(lambda: passages(project_path) > 0 or job.poll() is not None)
    out, err = ctrl_c(job)
    assert job.returncode == 0 and "stopping" not in err
    assert out.splitlines()[-1] == f"imported {BIG_RECORDS} passages (0 rewrites), 0 duplicates, 0 errors"


def test_the_first_ctrl_c_stops_an_import_reading_an_endless_line(project_path, tmp_path):
    endless = tmp_path / "zeros.jsonl"
    endless.symlink_to("/dev/zero")  # one line that never ends
    job = start_import(project_path, endless)
    time.sleep(2)  # well into the line: past its 16 MiB limit, skipping the rest
    started = time.monotonic()
    out, err = ctrl_c(job)
    check_stopped(job, err, "what was read from the pipe or device is kept; the rest was not read")
    assert time.monotonic() - started < 10
    assert out.splitlines()[-1] == "imported 0 passages (0 rewrites), 0 duplicates, 0 errors"


def test_the_cli_starts_without_importing_pandas():
    """sqlite-utils would import pandas (1.6 s of every start) when datasets brought it."""
    import subprocess

    probe = "import sys, aligner_gui.cli.main, aligner_gui.core.store.project; print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
