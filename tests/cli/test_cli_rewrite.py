"""`aligner rewrite` and `aligner prompts` as a user runs them: real processes, a real
tiny model, a real chat-completions server. Runs that need no process of their own (no
kill, no environment) call the same `main()` in this process, which has torch loaded
already: each process would spend seconds loading torch and transformers again."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from aligner_gui.cli.main import main
from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.core.review.queue import QueueFilter, queue_ids
from aligner_gui.core.rewrite.prompts import save_prompt
from aligner_gui.core.store.project import Project
from tests.chat_server import ChatServer, reply_for
from tests.conftest import run_module


def aligner(*args, env=None):
    return run_module("aligner_gui.cli", *args, env=env)


def aligner_here(capsys, *args) -> subprocess.CompletedProcess:
    """`aligner ARGS` through the CLI's own main() in this process, with its exit status
    and output as a process would give them."""
    capsys.readouterr()
    try:
        status = main([str(arg) for arg in args])
    except SystemExit as exit_:  # argparse's usage errors
        status = exit_.code
    out = capsys.readouterr()
    return subprocess.CompletedProcess(args, status, out.out, out.err)


@pytest.fixture
def demo_path(tmp_path):
    return create_demo_project(tmp_path / "demo.aligner")


def model_rewrites(path) -> list[tuple]:
    with Project.open(path) as project:
        return project.conn.execute(
            "SELECT passage_id, model, text, finish_reason FROM rewrites WHERE origin = 'model' ORDER BY passage_id"
        ).fetchall()


def test_rewrite_shows_progress_and_a_summary(demo_path, tiny_model, capsys):
    result = aligner_here(capsys, "rewrite", demo_path, "--model", tiny_model, "--limit", "6", "--max-new-tokens", "4")
    assert result.returncode == 0, result.stderr
    assert "starting job 1: 6 of 6 passages to rewrite with conduct-ar v1" in result.stderr
    assert "6/6 passages" in result.stderr and "tokens/s" in result.stderr and "left" in result.stderr
    assert result.stdout.startswith("job 1 done: 6 of 6 passages rewritten (6 this run, 6 truncated)")
    rows = model_rewrites(demo_path)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6] and {r[1] for r in rows} == {str(tiny_model)}


def test_worst_first_with_a_limit_rewrites_the_worst_flagged_passages(demo_path, tiny_model, capsys):
    with Project.open(demo_path) as project:
        worst = list(queue_ids(project, QueueFilter(flag="flagged", order="worst-first")))
        severities = dict(project.conn.execute("SELECT passage_id, severity FROM passage_flags"))
    assert len(worst) >= 3 and severities[worst[0]] >= severities[worst[-1]]
    args = ("rewrite", demo_path, "--model", tiny_model, "--flag", "flagged", "--order", "worst-first")
    result = aligner_here(capsys, *args, "--limit", "2", "--max-new-tokens", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(r[0] for r in model_rewrites(demo_path)) == sorted(worst[:2])
    bad = aligner_here(capsys, "rewrite", demo_path, "--model", tiny_model, "--flag", "nonsense")
    assert bad.returncode == 2 and "unknown flag 'nonsense'" in bad.stderr


def test_a_finished_run_repeated_says_there_is_nothing_to_do_and_adds_no_job(demo_path, tiny_model, capsys):
    args = ("rewrite", demo_path, "--model", tiny_model, "--ids", "1,2", "--max-new-tokens", "2")
    assert aligner_here(capsys, *args).returncode == 0
    again = aligner(*args)  # a process of its own: told without loading the model, so quickly
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("nothing to rewrite: every passage selected already has a rewrite from")
    assert "loading" not in again.stderr, "nothing to do is told without loading the model"
    as_json = json.loads(aligner(*args, "--json").stdout)
    assert as_json["job"] is None and as_json["status"] == "nothing to rewrite"
    with Project.open(demo_path) as project:
        assert project.conn.execute("SELECT id, status, total FROM jobs").fetchall() == [(1, "done", 2)]


def test_a_killed_run_resumes_where_it_stopped(demo_path, tiny_model):
    with Project.open(demo_path) as project:
        save_prompt(project, "short", "أعد كتابة النص.")
    args = ["rewrite", str(demo_path), "--model", str(tiny_model), "--limit", "16", "--batch-size", "2"]
    args += ["--max-new-tokens", "40", "--prompt", "short"]
    process = subprocess.Popen(
        [sys.executable, "-m", "aligner_gui.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and len(model_rewrites(demo_path)) < 4:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)  # a crash: no chance to clean up
    process.communicate(timeout=30)
    done_before = len(model_rewrites(demo_path))
    assert 4 <= done_before < 16

    again = aligner(*args, "--json")
    assert again.returncode == 0, again.stderr
    assert f"resuming job 1: {16 - done_before} of 16 passages" in again.stderr
    summary = json.loads(again.stdout)
    assert summary["status"] == "done" and summary["rewritten_this_run"] == 16 - done_before
    assert [r[0] for r in model_rewrites(demo_path)] == list(range(1, 17))  # none twice, none lost


def rewrite_via_server(project, server, *args, env=None):
    server_args = ["--backend", "openai", "--base-url", server.base_url, "--model", "rewriter-4b"]
    return aligner("rewrite", project, *server_args, *args, env=env)


def test_rewrite_through_an_openai_compatible_server(demo_path):
    with ChatServer(api_key="sekrit") as server:
        env = {**os.environ, "ALIGNER_API_KEY": "sekrit"}
        result = rewrite_via_server(demo_path, server, "--limit", "5", "--concurrency", "3", env=env)
        assert result.returncode == 0, result.stderr
        assert server.request_count == 5 and server.max_in_flight <= 3
        assert server.bodies[0]["model"] == "rewriter-4b"
    with Project.open(demo_path) as project:
        texts = dict(project.conn.execute("SELECT id, text FROM passages WHERE id <= 5").fetchall())
    rows = model_rewrites(demo_path)
    assert [(r[0], r[1]) for r in rows] == [(i, "rewriter-4b") for i in range(1, 6)]
    assert all(r[2] == reply_for(texts[r[0]])[0] for r in rows)

    with ChatServer(api_key="sekrit") as server:
        refused = rewrite_via_server(demo_path, server, "--limit", "1", "--api-key", "wrong")
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines()[-1].startswith("aligner: error:")
    assert "API key" in refused.stderr and "Traceback" not in refused.stderr


def test_rewrite_errors_are_one_clear_line(demo_path, tmp_path, capsys):
    missing = aligner_here(capsys, "rewrite", demo_path, "--model", "someone/not-here")
    assert missing.returncode == 1 and "--allow-download" in missing.stderr.splitlines()[-1]
    prompt = aligner_here(capsys, "rewrite", demo_path, "--model", tmp_path, "--prompt", "nope")
    assert prompt.returncode == 1 and "no prompt named 'nope'" in prompt.stderr
    no_url = aligner_here(capsys, "rewrite", demo_path, "--backend", "openai", "--model", "m")
    assert no_url.returncode == 1 and "--base-url" in no_url.stderr
    for result in (missing, prompt, no_url):
        assert "Traceback" not in result.stderr


def test_a_server_nobody_listens_on_is_said_at_once_naming_the_flag(demo_path):
    with socket.socket() as probe:  # a port with nothing listening: connecting is refused
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    refused = aligner("rewrite", demo_path, "--backend", "openai", "--base-url", url, "--model", "m", "--limit", "1")
    last = refused.stderr.splitlines()[-1]
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"cannot reach {url}/chat/completions: Connection refused" in last and "--base-url" in last
    assert "attempts" not in last  # not tried again: before, 5 attempts over about 17 s


def test_prompts_list_show_and_new_version(demo_path, tmp_path):
    listed = aligner("prompts", demo_path)
    assert [line.split()[:2] for line in listed.stdout.splitlines()] == [["conduct-ar", "v1"], ["conduct-en", "v1"]]
    shown = aligner("prompts", demo_path, "--show", "conduct-ar")
    assert "حفظ المعرفة" in shown.stdout
    edited = tmp_path / "mine.txt"
    edited.write_text(shown.stdout + "\nاكتب الأرقام بالأرقام العربية.\n", encoding="utf-8")
    saved = aligner("prompts", demo_path, "--set", "conduct-ar", "--file", edited)
    assert saved.stdout.strip() == "conduct-ar v2 saved"
    document = json.loads(aligner("prompts", demo_path, "--json").stdout)
    assert {(p["name"], p["version"]) for p in document} == {("conduct-ar", 2), ("conduct-en", 1)}
    assert "بالأرقام العربية" in aligner("prompts", demo_path, "--show", "conduct-ar:2").stdout
    assert "بالأرقام العربية" not in aligner("prompts", demo_path, "--show", "conduct-ar:1").stdout
