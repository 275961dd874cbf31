"""Exports read back by the real `datasets` library, as a trainer would read them."""

from __future__ import annotations

import json

import datasets
import pytest

from aligner_gui.core.errors import ExportError
from aligner_gui.core.export import ExportFilter, ExportOptions, export
from aligner_gui.core.export.writer import split_of
from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.core.review.decisions import Decision, load_item, record_decision
from aligner_gui.core.rewrite.job_store import save_candidate
from aligner_gui.core.rewrite.prompts import latest_prompts
from aligner_gui.core.rewrite.types import RewriteResult
from aligner_gui.core.store.project import Project
from tests.conftest import run_module


def decide(project, passage_id, decision, reviewer="huda", final=None, reasons=()):
    item = load_item(project, passage_id, reviewer)
    if decision == "accepted":
        final = item.rewrite
    record_decision(project, Decision(passage_id, item.rewrite_id, reviewer, decision, final, tuple(reasons)))
    return item


@pytest.fixture
def reviewed(tmp_path):
    """Passages 1–3 accepted, 4–5 edited (one word added), 6–7 rejected, 8 skipped."""
    project = Project.open(create_demo_project(tmp_path / "demo.aligner"))
    for pid in (1, 2, 3):
        decide(project, pid, "accepted")
    for pid in (4, 5):
        item = load_item(project, pid, "huda")
        decide(project, pid, "edited", final=item.rewrite + " مراجعة")
    for pid in (6, 7):
        decide(project, pid, "rejected", reviewer="omar", reasons=("truncated",))
    decide(project, 8, "skipped")
    yield project
    project.close()


def load(folder, config=None):
    """As a trainer loads it; a cache of its own (the library's keys local files by size and time)."""
    cache = folder.parent / f"cache-{folder.name}-{config}"
    return datasets.load_dataset(str(folder), config, cache_dir=str(cache))


def test_sft_rows_are_trl_conversations_with_provenance(reviewed, tmp_path):
    report = export(reviewed, "sft", tmp_path / "sft")
    train = load(tmp_path / "sft")["train"]
    assert report.rows == {"train": 5} and len(train) == 5
    row = train[3]  # passage 4, edited
    item = load_item(reviewed, 4, "huda")
    # An imported rewrite has no prompt of its own: no system message unless one is chosen.
    assert [m["role"] for m in row["messages"]] == ["user", "assistant"]
    assert row["messages"][0]["content"] == item.text
    assert row["messages"][1]["content"] == item.rewrite + " مراجعة"
    assert (row["uid"], row["decision"], row["reviewer"]) == (item.uid, "edited", "huda")
    assert (row["word_distance"], row["char_distance"]) == (1, len(" مراجعة"))  # exact distances
    assert train[0]["word_distance"] == 0


def test_the_system_message_can_be_chosen_at_export(reviewed, tmp_path):
    export(reviewed, "sft", tmp_path / "sft", options=ExportOptions(system="أعد كتابة النص."))
    messages = load(tmp_path / "sft")["train"][0]["messages"]
    assert messages[0] == {"role": "system", "content": "أعد كتابة النص."}


def test_kto_keeps_rejections_as_undesirable(reviewed, tmp_path):
    export(reviewed, "kto", tmp_path / "kto")
    train = load(tmp_path / "kto")["train"]
    labels = {row["uid"]: row["label"] for row in train}
    assert sorted(labels.values()) == [False, False, True, True, True, True, True]
    rejected = next(row for row in train if not row["label"])
    assert rejected["reasons"] == ["truncated"] and rejected["reviewer"] == "omar"
    assert rejected["prompt"][-1]["role"] == "user" and rejected["completion"][0]["role"] == "assistant"


def test_dpo_pairs_come_from_edits_and_from_a_candidate_kept_over_another(reviewed, tmp_path):
    prompt = latest_prompts(reviewed)[0]
    def candidate(text: str) -> int:
        return save_candidate(reviewed, RewriteResult(9, text, "stop", 10, 5, 1.0), "tiny", prompt.id, {})

    other = candidate("نص مرشح آخر لم يختره أحد")
    kept = candidate("النص المرشح الذي اختاره المراجع")
    record_decision(reviewed, Decision(9, kept, "huda", "accepted", "النص المرشح الذي اختاره المراجع"))
    export(reviewed, "dpo", tmp_path / "dpo")
    train = load(tmp_path / "dpo")["train"]
    by_pair = {}
    for row in train:
        by_pair.setdefault(row["pair"], []).append(row)
    assert len(by_pair["edited"]) == 2  # passages 4 and 5
    edit = by_pair["edited"][0]
    assert edit["chosen"][0]["content"].endswith(" مراجعة")
    assert edit["rejected"][0]["content"] == load_item(reviewed, 4, "huda").rewrite
    (candidate,) = by_pair["candidate"]
    assert candidate["chosen"][0]["content"] == "النص المرشح الذي اختاره المراجع"
    assert candidate["rejected"][0]["content"] == "نص مرشح آخر لم يختره أحد"
    assert candidate["prompt_name"] == prompt.name and candidate["model"] == "tiny"
    assert candidate["prompt"][0] == {"role": "system", "content": prompt.text}  # the prompt it was made with
    assert other != kept


def test_pretrain_text_with_raw_mixed_in_and_parquet_shards(reviewed, tmp_path):
    options = ExportOptions(mix_raw=0.5, seed=3, shard_rows=2)
    report = export(reviewed, "pretrain", tmp_path / "pre", options=options)
    train = load(tmp_path / "pre")["train"]
    aligned = [row for row in train if row["aligned"]]
    raw = [row for row in train if not row["aligned"]]
    assert len(aligned) == 5 and 0 < len(raw) < 5  # about half of the five, chosen by the seed
    texts = {load_item(reviewed, pid, "huda").text for pid in range(1, 6)}
    assert all(row["text"] in texts for row in raw)
    shards = sorted(name for name in report.files if name.startswith("parquet/"))
    assert len(shards) == (len(train) + 1) // 2
    assert load(tmp_path / "pre" / "parquet")["train"]["text"] == train["text"]


def test_the_split_is_per_passage_and_the_same_under_the_same_seed(reviewed, tmp_path):
    options = ExportOptions(validation=0.4, seed=7)
    export(reviewed, "kto", tmp_path / "a", options=options)
    export(reviewed, "kto", tmp_path / "b", options=options)
    first, second = load(tmp_path / "a"), load(tmp_path / "b")
    assert set(first) == {"train", "validation"}
    assert first["validation"]["uid"] == second["validation"]["uid"]
    assert not set(first["train"]["uid"]) & set(first["validation"]["uid"])
    assert all(split_of(uid, options) == "validation" for uid in first["validation"]["uid"])
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"] == {"train": len(first["train"]), "validation": len(first["validation"])}
    assert set(manifest["files"]) == {"train.jsonl", "validation.jsonl"}


def test_filters_choose_the_rows(reviewed, tmp_path):
    only = export(reviewed, "kto", tmp_path / "omar", ExportFilter(reviewer="omar"))
    assert only.rows == {"train": 2}
    edited = export(reviewed, "sft", tmp_path / "edited", ExportFilter(decisions=frozenset({"edited"})))
    assert edited.rows == {"train": 2}
    for nothing in (ExportFilter(since="2999-01-01"), ExportFilter(prompt="no-such-prompt")):
        with pytest.raises(ExportError, match="no reviewed passage matches"):
            export(reviewed, "sft", tmp_path / "none", nothing)
        assert list((tmp_path / "none").iterdir()) == []


def test_the_manifest_holds_the_hash_of_each_file(reviewed, tmp_path):
    import hashlib

    export(reviewed, "sft", tmp_path / "sft")
    manifest = json.loads((tmp_path / "sft" / "manifest.json").read_text(encoding="utf-8"))
    data = (tmp_path / "sft" / "train.jsonl").read_bytes()
    assert manifest["files"]["train.jsonl"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["format"] == "sft" and manifest["schema_version"] == reviewed.schema_version
    card = (tmp_path / "sft" / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\nlanguage:\n- \"ar\"\n")


def test_a_stop_leaves_nothing_behind(reviewed, tmp_path):
    out = tmp_path / "stopped"
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first check lets it start; the next stops it

    report = export(reviewed, "sft", out, stop=stop)
    assert report.stopped and list(out.iterdir()) == []


def test_a_folder_with_files_in_it_is_refused_and_kept(reviewed, tmp_path):
    out = tmp_path / "taken"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="already holds files"):
        export(reviewed, "sft", out)
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_a_failure_while_writing_leaves_no_partial_file(reviewed, tmp_path, monkeypatch):
    import aligner_gui.core.export.writer as writer

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "_write_card_and_manifest", full)
    out = tmp_path / "full"
    with pytest.raises(ExportError, match="No space left on device"):
        export(reviewed, "sft", out)
    assert list(out.iterdir()) == []


def test_the_command_line_exports_and_prints_the_manifest(reviewed, tmp_path):
    path = reviewed.path
    reviewed.close()
    done = run_module("aligner_gui.cli", "export", path, "--format", "kto", "--out", tmp_path / "cli", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == {"train": 7}
    again = run_module("aligner_gui.cli", "export", path, "--format", "kto", "--out", tmp_path / "cli")
    assert again.returncode == 1 and "already holds files" in again.stderr
    bad = run_module("aligner_gui.cli", "export", path, "--format", "kto", "--out", tmp_path / "x", "--validation", "2")
    assert bad.returncode == 2 and "expected a share" in bad.stderr
