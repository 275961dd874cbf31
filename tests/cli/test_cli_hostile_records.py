"""`aligner import` on records that once ended the whole command with an internal error
(exit 70) or silently merged rows: each is one `FILE:LINE: reason` line on stderr, and every
good record before and after it, and in the next file, is imported."""

import codecs
import json
import os
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.conftest import run_module, start_import


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


def test_a_csv_with_lines_ended_by_cr_alone(project_path, tmp_path, next_file):
    data = tmp_path / "mac.csv"
    data.write_bytes('id,text\rc1,نص أول\rc2,"سطر\rوسطر"\rc3,a,b\r'.encode())
    result = aligner("import", project_path, data, next_file)
    assert_reported(result, f"{data}:5: row 3 has 3 fields; the header has 2")
    assert imported_uids(project_path) == ["c1", "c2", "ok-99"]


def test_a_csv_header_naming_a_column_twice(project_path, tmp_path, next_file):
    data = tmp_path / "twice.csv"
    data.write_text("id,text,note,text\n1,العمود الأول,n,العمود الثاني\n", encoding="utf-8")
    result = aligner("import", project_path, data, next_file)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f'{data}:1: the header names column "text" twice (columns 2 and 4); give each column its own name'
    ]
    assert imported_uids(project_path) == ["ok-99"]


# -- FIFOs: what `aligner import p.aligner <(zcat data.jsonl.gz) --format jsonl` reads ------


def ctrl_c_after(job: subprocess.Popen, seconds: float) -> tuple[str, str, float]:
    """Send the job's process group one Ctrl+C after ``seconds``, as a terminal does;
    returns its output and how long it took to end after that."""
    time.sleep(seconds)
    assert job.poll() is None, "ended before the Ctrl+C"
    os.killpg(job.pid, signal.SIGINT)
    sent = time.monotonic()
    try:
        out, err = job.communicate(timeout=10)
    finally:
        if job.poll() is None:
            os.killpg(job.pid, signal.SIGKILL)
    return out, err, time.monotonic() - sent


def fifo_with_writer(tmp_path, lines: list[str], then: str = "") -> tuple[object, subprocess.Popen]:
    source = tmp_path / "source.jsonl"
    source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    # In a group of its own: killing the group ends its `sleep` too.
    writer = subprocess.Popen(
        ["sh", "-c", f'{{ cat "$0"; {then or ":"}; }} > "$1"', source, pipe], start_new_session=True
    )
    return pipe, writer


def end(writer: subprocess.Popen) -> None:
    if writer.poll() is None:
        os.killpg(writer.pid, signal.SIGKILL)
    writer.wait()


def test_a_fifo_fed_by_a_writer(project_path, tmp_path, next_file):
    pipe, writer = fifo_with_writer(tmp_path, [good(1), good(2), good(3)])
    job = start_import(project_path, pipe, next_file)
    try:
        out, err = job.communicate(timeout=30)
    finally:
        job.kill()
        job.wait()
        end(writer)
    assert job.returncode == 0 and err == ""
    assert imported_uids(project_path) == ["ok-1", "ok-2", "ok-3", "ok-99"]


def test_the_first_ctrl_c_stops_an_import_from_a_fifo_whose_writer_stalls(project_path, tmp_path):
    pipe, writer = fifo_with_writer(tmp_path, [good(1)], then="sleep 60")
    job = start_import(project_path, pipe)
    try:
        out, err, took = ctrl_c_after(job, 3)
    finally:
        end(writer)
    assert job.returncode == 130 and took < 3, err
    assert "Traceback" not in err and err.rstrip().endswith(
        "stopped: what was read from the pipe or device is kept; the rest was not read"
    )
    assert out.splitlines()[-1].startswith("imported 1 passages")  # read once: it is not lost
    with sqlite3.connect(project_path) as conn:
        assert [row[0] for row in conn.execute("SELECT uid FROM passages")] == ["ok-1"]
    conn.close()


def test_the_first_ctrl_c_stops_an_import_waiting_for_a_fifo_nobody_writes_to(project_path, tmp_path, next_file):
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    job = start_import(project_path, next_file, pipe)
    out, err, took = ctrl_c_after(job, 3)
    assert job.returncode == 130 and took < 3, err
    assert "Traceback" not in err and err.rstrip().endswith(
        "stopped: importing the same files again carries on where it stopped"
    )
    assert out.splitlines()[-1] == "imported 1 passages (0 rewrites), 0 duplicates, 0 errors"
    with sqlite3.connect(project_path) as conn:
        assert [row[0] for row in conn.execute("SELECT uid FROM passages")] == ["ok-99"]
    conn.close()


def test_json_arrays_one_after_another_and_a_broken_element(project_path, tmp_path, next_file):
    two = tmp_path / "two.json"
    two.write_text(f"[{good(1)},{good(2)}]\n[{good(3)}]\n", encoding="utf-8")
    broken = tmp_path / "mid.json"
    broken.write_text(f'[\n{good(4)},\n{{"text": "x" "y"}},\n{good(5)}\n]\n', encoding="utf-8")
    result = aligner("import", project_path, two, broken, next_file)
    assert_reported(result, f"{broken}:3: invalid JSON: Expecting ',' delimiter (column 14)")
    assert imported_uids(project_path) == ["ok-1", "ok-2", "ok-3", "ok-4", "ok-5", "ok-99"]
