"""The helper process that parses large imports: it stops when it should, and a helper
that dies is reported instead of hanging the import."""

import json
import multiprocessing
import os
import signal
import struct
import subprocess
import sys
import time

import pytest

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest import ImportOptions, import_files
from aligner_gui.core.ingest import importer as importer_module
from aligner_gui.core.ingest.parse_process import parse_in_subprocess, receive
from aligner_gui.core.ingest.sources import InputFile, detect


def write_passages(path, count):
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"p{i}", "text": f"المقطع رقم {i} من الملف"}, ensure_ascii=False) + "\n")


def test_closing_the_parse_early_stops_the_helper(tmp_path):
    path = tmp_path / "many.jsonl"
    write_passages(path, 20_000)
    chunks = parse_in_subprocess(detect(path), ImportOptions(chunk_size=100))
    first = next(chunks)
    assert [row.uid for _, row in first.rows][:2] == ["p0", "p1"]
    assert multiprocessing.active_children()
    chunks.close()
    assert not multiprocessing.active_children()


def _die_half_way_through_a_message(sender):
    """A helper killed while sending a large chunk: a length header, then part of it."""
    os.write(sender.fileno(), struct.pack("!i", 1_000_000) + b"x" * 70_000)
    os._exit(3)


def test_a_helper_that_dies_mid_message_is_reported_not_waited_for(tmp_path):
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    helper = context.Process(target=_die_half_way_through_a_message, args=(sender,))
    helper.start()
    sender.close()
    with pytest.raises(ImportFileError, match="stopped unexpectedly.*exit code 3"):
        receive(receiver, [helper], InputFile(tmp_path / "any.jsonl", "jsonl", compressed=False))


def test_a_killed_flag_checker_is_reported_with_its_exit_code_and_stops_the_parser(tmp_path):
    path = tmp_path / "pairs.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for i in range(20_000):
            out.write(json.dumps({"id": f"p{i}", "text": f"المقطع رقم {i}", "rewrite": f"المقطع {i}"}) + "\n")
    options = ImportOptions(chunk_size=100, rewrite_field="rewrite", flag_checkers=1)
    chunks = parse_in_subprocess(detect(path), options)
    first = next(chunks)
    assert first.flags_checked and all(row.flags is not None for _, row in first.rows)
    [checker] = [p for p in multiprocessing.active_children() if p.name == "aligner-import-checker-1"]
    os.kill(checker.pid, signal.SIGKILL)
    with pytest.raises(ImportFileError, match=f"stopped unexpectedly.*exit code -{signal.SIGKILL}"):
        for _ in chunks:
            pass
    assert not multiprocessing.active_children()


def test_large_inputs_are_parsed_in_a_helper_and_imported_whole(project, tmp_path, monkeypatch):
    path = tmp_path / "large.jsonl"
    write_passages(path, 3_000)
    monkeypatch.setattr(importer_module, "SUBPROCESS_MIN_BYTES", path.stat().st_size)
    started = []
    real = importer_module.parse_in_subprocess
    monkeypatch.setattr(importer_module, "parse_in_subprocess", lambda *a: started.append(1) or real(*a))
    progress = []
    [report] = import_files(project, [path], on_progress=lambda r, done, total: progress.append((r.imported, done)))
    assert started, "a file at the size threshold is parsed in a helper process"
    assert (report.imported, report.errors, report.fields.text) == (3_000, 0, "text")
    assert progress[-1] == (3_000, path.stat().st_size)
    hits = project.conn.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'المقطع'").fetchone()
    assert hits == (3_000,)


def _process_gone(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return any(line.startswith("State:") and "Z" in line for line in status)  # a zombie
    except FileNotFoundError:
        return True


# An import with its own flag-checking process, as from three cores up.
_IMPORT_WITH_A_CHECKER = (
    "import sys; from pathlib import Path; from aligner_gui.core.ingest import ImportOptions, import_files;"
    " from aligner_gui.core.store.project import Project;"
    " project = Project.open(Path(sys.argv[1]));"
    " import_files(project, [Path(sys.argv[2])], ImportOptions(flag_checkers=1))"
)


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("passages", "wait_before_kill", "checker"),
    [(400_000, 0, False), (150_000, 4, False), (150_000, 1, True)],
    ids=["mid-file", "parsing-finished", "with-a-flag-checker"],
)
def test_the_helper_exits_when_the_importer_is_killed(tmp_path, passages, wait_before_kill, checker):
    """A killed `aligner import` must not leave its parsing process behind for ever,
    whether the helper is still parsing or has finished and waits to hand over, nor a
    flag-checking process."""
    path = tmp_path / "big.jsonl"
    write_passages(path, passages)  # over the size threshold (8 MB): parsed in a helper
    assert path.stat().st_size >= importer_module.SUBPROCESS_MIN_BYTES
    project = tmp_path / "p.aligner"
    subprocess.run([sys.executable, "-m", "aligner_gui.cli", "init", str(project)], check=True, capture_output=True)
    command = ["-c", _IMPORT_WITH_A_CHECKER] if checker else ["-m", "aligner_gui.cli", "import"]
    importer = subprocess.Popen(
        [sys.executable, *command, str(project), str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children_file = f"/proc/{importer.pid}/task/{importer.pid}/children"
    helpers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and importer.poll() is None:
        with open(children_file, encoding="ascii") as children:
            helpers = [int(pid) for pid in children.read().split()]
        # The helper is the child that is not multiprocessing's resource tracker.
        helpers = [pid for pid in helpers if "resource_tracker" not in _cmdline(pid)]
        if len(helpers) == 1 + checker and project.with_name("p.aligner-wal").exists():
            break
        time.sleep(0.1)
    assert len(helpers) == 1 + checker, "the import started a parsing process (and a checker)"
    time.sleep(wait_before_kill)
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not all(map(_process_gone, helpers)):
        time.sleep(0.2)
    assert all(map(_process_gone, helpers))


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return cmdline.read().decode(errors="replace")
    except FileNotFoundError:
        return ""


def test_helper_processes_start_light(tmp_path):
    """Each helper an import spawns loads the `aligner` script again (spawn runs the main
    module) and then parse_process: neither may pull in the commands or the project store
    (sqlite-utils, numpy), which cost every helper about a second at each import."""
    probe = (
        "import sys, aligner_gui.cli.main, aligner_gui.core.ingest.parse_process; "
        "print(sorted(m for m in ('sqlite_utils', 'numpy', 'aligner_gui.cli.rewrite', 'aligner_gui.core.store.project')"
        " if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
