"""`aligner flags` as a user runs it: listing, JSON, thresholds, checking again."""

from __future__ import annotations

import json

from tests.conftest import run_module, write_jsonl
from tests.core.test_flags_store import CLEAN_RAW, CLEAN_REWRITE, LOOP_REWRITE, MARKS, TWO_OUTPUTS


def aligner(*args):
    return run_module("aligner_gui.cli", *args)


def _project_with_pairs(tmp_path):
    path = tmp_path / "p.aligner"
    assert aligner("init", path).returncode == 0
    records = [
        {"id": f"p{i}", "text": CLEAN_RAW + f" ({MARKS[i]})", "rewrite": text}
        for i, text in enumerate([CLEAN_REWRITE, LOOP_REWRITE, TWO_OUTPUTS])
    ]
    result = aligner("import", path, write_jsonl(tmp_path / "pairs.jsonl", records))
    assert result.returncode == 0, result.stderr
    return path


def test_flags_lists_each_flagged_passage_with_codes_severity_and_evidence(tmp_path):
    path = _project_with_pairs(tmp_path)
    result = aligner("flags", path, "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    by_uid = {p["uid"]: p for p in document["passages"]}
    assert set(by_uid) == {"p1", "p2"}
    loop = next(f for f in by_uid["p1"]["flags"] if f["code"] == "repetition")
    assert by_uid["p1"]["severity"] == "likely_wrong"
    assert any("حديقة جميلة" in span["text"] for span in loop["spans"])
    assert document["counts"]["multiple_outputs"] == 1 and document["unchecked"] == 0

    text = aligner("flags", path, "--flag", "multiple_outputs")
    assert text.returncode == 0
    assert "p2" in text.stdout and "p1  " not in text.stdout
    assert "multiple_outputs" in text.stdout


def test_thresholds_can_be_listed_changed_and_reset(tmp_path):
    path = _project_with_pairs(tmp_path)
    listed = json.loads(aligner("flags", path, "--thresholds", "--json").stdout)
    name = next(n for n in listed["thresholds"] if n.startswith("length."))
    changed = aligner("flags", path, "--set", f"{name}=0.01", "--thresholds")
    assert changed.returncode == 0, changed.stderr
    assert f"{name} = 0.01  (default" in changed.stdout
    reset = aligner("flags", path, "--set", f"{name}=default", "--thresholds")
    assert f"{name} = 0.01" not in reset.stdout


def test_bad_values_name_the_option_and_exit_1(tmp_path):
    path = _project_with_pairs(tmp_path)
    for args, words in (
        (["--flag", "nonsense"], "--flag nonsense: not a flag code"),
        (["--set", "x"], "--set x: expected NAME=VALUE"),
        (["--set", "no.such=1"], "unknown flag threshold no.such"),
        (["--set", "length.x=abc"], "the value must be a number"),
    ):
        result = aligner("flags", path, *args)
        assert result.returncode == 1, (args, result.stderr)
        assert words in result.stderr
