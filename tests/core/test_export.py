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


def test_word_and_character_distances_are_exact_whatever_the_texts_share():
    import random

    from rapidfuzz.distance import Levenshtein

    from aligner_gui.core.export.distances import edit_distances

    rng = random.Random(13)
    words = ["كتب", "الولد", "درسه", "في", "المدرسة", "ال", "x", "١٢٣", "،"]
    spaces = [" ", " ", " ", "  ", "\n", " \t", "\u00a0"]

    def text(n: int) -> str:
        return "".join(rng.choice(words) + rng.choice(spaces) for _ in range(n)).strip(" ")

    for _ in range(3000):
        before = text(rng.randint(0, 12))
        after = list(before)
        for _ in range(rng.randint(0, 3)):  # characters replaced, dropped or added anywhere
            at = rng.randint(0, len(after))
            after[at:at + rng.randint(0, 2)] = rng.choice(["", " ", "ب", text(1), text(2)])
        after = "".join(after)
        exact = Levenshtein.distance(before.split(), after.split()), Levenshtein.distance(before, after)
        assert edit_distances(before.encode(), after.encode()) == exact, (before, after)


def test_every_line_is_what_json_dumps_writes_for_its_row_whatever_the_text(reviewed, tmp_path):
    hard = 'سطر "مقتبس"\nوآخر\tبعلامة \\ و\x01 و\u200f وعلامة 🙂 </script>'
    item = load_item(reviewed, 9, "huda")
    record_decision(reviewed, Decision(9, item.rewrite_id, "huda", "edited", hard, ("other",), note='قال: "لا"'))
    system = "تعليمات\n\"بين علامتين\""

    def strings(value: object) -> list[str]:
        if isinstance(value, dict):
            return [text for item in value.values() for text in strings(item)]
        if isinstance(value, list):
            return [text for item in value for text in strings(item)]
        return [value] if isinstance(value, str) else []

    for fmt in ("sft", "pretrain", "dpo", "kto"):
        export(reviewed, fmt, tmp_path / fmt, options=ExportOptions(system=system, mix_raw=0.5))
        lines = (tmp_path / fmt / "train.jsonl").read_bytes().splitlines(keepends=True)
        for line in lines:
            assert line == (json.dumps(json.loads(line), ensure_ascii=False) + "\n").encode()
        texts = [text for line in lines for text in strings(json.loads(line))]
        assert hard in texts and 'قال: "لا"' in texts
        assert fmt == "pretrain" or system in texts


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
    parquet = load(tmp_path / "pre" / "parquet")["train"]
    assert parquet.column_names == train.column_names and parquet["text"] == train["text"]


def test_parquet_shards_share_one_schema_though_a_column_is_empty_in_the_first(reviewed, tmp_path):
    item = load_item(reviewed, 5, "huda")
    record_decision(reviewed, Decision(5, item.rewrite_id, "huda", "accepted", item.rewrite, note="راجعته مرتين"))
    export(reviewed, "pretrain", tmp_path / "pre", options=ExportOptions(shard_rows=2))
    # The first shards have no note: inferred from their rows, that column had no type
    # there, and no reader could put the shards together.
    notes = load(tmp_path / "pre" / "parquet")["train"]["note"]
    assert notes == [None, None, None, None, "راجعته مرتين"]


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
        assert not (tmp_path / "none").exists()  # the folder it made is gone again


def flag(project, passage_id, *flags, rewrite_id=None):
    """Flags (code, severity) on the passage's reviewed rewrite (or on ``rewrite_id``), as
    the flag store keeps them: rows in flags, the rewrite's worst severity."""
    if rewrite_id is None:
        rewrite_id = load_item(project, passage_id, "huda").rewrite_id
    with project.transaction() as conn:
        conn.executemany(
            "INSERT INTO flags(rewrite_id, kind, severity, detail, created_at) VALUES (?, ?, ?, 'test', '2026-01-01')",
            [(rewrite_id, code, severity) for code, severity in flags],
        )
        conn.execute(
            "UPDATE rewrites SET flag_severity = (SELECT max(severity) FROM flags WHERE rewrite_id = ?) WHERE id = ?",
            (rewrite_id, rewrite_id),
        )


@pytest.fixture
def flagged(reviewed):
    """The reviewed project with these flags only (whatever the detectors found on import):
    passage 1 truncated (warning); 2 repetition (likely wrong); 3 repetition and
    commentary (likely wrong, two flags); 5 dialect_changed (info). Passage 4's reviewed
    rewrite has none, but a newer rewrite of it, not reviewed, has repetition."""
    with reviewed.transaction() as conn:
        conn.execute("DELETE FROM flags")
        conn.execute("DELETE FROM passage_flags")
        conn.execute("UPDATE rewrites SET flag_severity = 0")
        newer = conn.execute(
            "INSERT INTO rewrites(passage_id, text, text_hash, origin, flag_severity, created_at)"
            " VALUES (4, 'نص أحدث لم يراجع بعد', x'00', 'import', 0, '2026-01-02')"
        ).lastrowid
    flag(reviewed, 1, ("truncated", 2))
    flag(reviewed, 2, ("repetition", 3))
    flag(reviewed, 3, ("repetition", 3), ("commentary", 3))
    flag(reviewed, 5, ("dialect_changed", 1))
    flag(reviewed, 4, ("repetition", 3), rewrite_id=newer)
    return reviewed


def uids(project, *passage_ids):
    return [load_item(project, pid, "huda").uid for pid in passage_ids]


def test_a_flag_filter_exports_the_passages_whose_reviewed_rewrite_carries_it(flagged, tmp_path):
    export(flagged, "sft", tmp_path / "rep", ExportFilter(flag="repetition"))
    rows = load(tmp_path / "rep")["train"]
    assert rows["uid"] == uids(flagged, 2, 3)  # not 4: its flagged rewrite is not the one reviewed
    assert rows["flags"] == [["repetition"], ["commentary", "repetition"]]
    export(flagged, "sft", tmp_path / "any", ExportFilter(flag="flagged"))
    assert load(tmp_path / "any")["train"]["uid"] == uids(flagged, 1, 2, 3, 5)
    export(flagged, "kto", tmp_path / "clean", ExportFilter(flag="unflagged"))
    clean = load(tmp_path / "clean")["train"]
    assert clean["uid"] == uids(flagged, 4, 6, 7) and clean["flags"] == [[], [], []]


def test_every_row_lists_the_codes_flagged_on_the_rewrite_reviewed(flagged, tmp_path):
    export(flagged, "pretrain", tmp_path / "all", options=ExportOptions(shard_rows=10))
    train = load(tmp_path / "all")["train"]
    expected = [["truncated"], ["repetition"], ["commentary", "repetition"], [], ["dialect_changed"]]
    assert train["flags"] == expected
    assert load(tmp_path / "all" / "parquet")["train"]["flags"] == expected


def test_worst_first_puts_the_worst_reviewed_rewrite_first(flagged, tmp_path):
    export(flagged, "kto", tmp_path / "worst", ExportFilter(order="worst-first"))
    # Likely wrong with two flags, likely wrong, warning, info; then the rest in passage order.
    assert load(tmp_path / "worst")["train"]["uid"] == uids(flagged, 3, 2, 1, 5, 4, 6, 7)
    manifest = json.loads((tmp_path / "worst" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["filters"]["order"] == "worst-first" and manifest["filters"]["flag"] is None
    export(flagged, "kto", tmp_path / "again", ExportFilter(order="worst-first"))  # the same every time
    assert (tmp_path / "again" / "train.jsonl").read_bytes() == (tmp_path / "worst" / "train.jsonl").read_bytes()


def test_an_unknown_flag_or_order_or_a_prompt_version_not_a_number_is_refused(reviewed, tmp_path):
    from aligner_gui.core.errors import UsageError

    for bad in (ExportFilter(flag="no_such_flag"), ExportFilter(order="newest"), ExportFilter(prompt="conduct-ar:x")):
        with pytest.raises(UsageError):
            export(reviewed, "sft", tmp_path / "bad", bad)
    assert not (tmp_path / "bad").exists()


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
    assert report.stopped and not out.exists()  # the folder it made is gone again


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
    assert not out.exists()  # the folder it made is gone again


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


def test_the_command_line_filters_by_flag_and_orders_worst_first(flagged, tmp_path):
    path = flagged.path
    expected = uids(flagged, 3, 2, 1, 5)
    flagged.close()
    args = ["aligner_gui.cli", "export", path, "--format", "sft", "--json"]
    done = run_module(*args, "--out", tmp_path / "cli", "--flag", "flagged", "--order", "worst-first")
    assert done.returncode == 0, done.stderr
    manifest = json.loads(done.stdout)
    assert manifest["filters"]["flag"] == "flagged" and manifest["filters"]["order"] == "worst-first"
    assert load(tmp_path / "cli")["train"]["uid"] == expected
    bad = run_module(*args, "--out", tmp_path / "bad", "--flag", "no_such_flag")
    assert bad.returncode == 2 and "--flag" in bad.stderr
    version = run_module(*args, "--out", tmp_path / "bad", "--prompt", "conduct-ar:x")  # was an internal error
    assert version.returncode == 1 and "must be a number" in version.stderr
