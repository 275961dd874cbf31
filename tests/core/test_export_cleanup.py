"""A cancelled or failed export leaves no folder of its own behind: the folder it made
(and the folders above it, and parquet/) goes, a folder that was there before stays, and
so does any file it did not write."""

from __future__ import annotations

import pytest

import aligner_gui.core.export.writer as writer
from aligner_gui.core.errors import ExportError
from aligner_gui.core.export import ExportOptions, export
from aligner_gui.core.ingest import ImportOptions, import_files
from aligner_gui.core.review.decisions import Decision, load_item, record_decision
from aligner_gui.core.store.project import Project
from tests.conftest import write_jsonl

PASSAGES = 250
EVERY = 50  # a progress callback every 50 passages: 5 of them, the stop asked every 100
FORMATS = [("sft", ExportOptions()), ("pretrain", ExportOptions(shard_rows=40))]  # jsonl; jsonl and parquet/


@pytest.fixture(scope="module")
def accepted(tmp_path_factory):
    """A project of 250 passages, each with its rewrite accepted."""
    folder = tmp_path_factory.mktemp("accepted")
    records = [
        {"id": f"p{i:03d}", "text": f"نص المقطع رقم {i} كما كتب", "rewrite": f"نص المقطع رقم {i} بعد إعادة الكتابة"}
        for i in range(PASSAGES)
    ]
    source = write_jsonl(folder / "passages.jsonl", records)
    with Project.create(folder / "accepted.aligner") as project:
        options = ImportOptions(format="jsonl", text_field="text", id_field="id", rewrite_field="rewrite")
        [report] = import_files(project, [source], options)
        assert not report.failed and not report.errors
        for (passage_id,) in project.conn.execute("SELECT id FROM passages").fetchall():
            item = load_item(project, passage_id, "huda")
            record_decision(project, Decision(passage_id, item.rewrite_id, "huda", "accepted", item.rewrite, ()))
    project = Project.open(folder / "accepted.aligner")
    yield project
    project.close()


def cancelled_at(callback: int, seen: list | None = None):
    """``(on_progress, stop)``: the stop is asked for at the ``callback``-th progress callback."""
    calls, stopping = [], []

    def on_progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == callback:
            stopping.append(True)
            if seen is not None:
                seen.extend(p.relative_to(seen[0]) for p in sorted(seen[0].rglob("*")))  # written so far

    return on_progress, lambda: bool(stopping), calls


@pytest.mark.parametrize(("fmt", "options"), FORMATS, ids=[fmt for fmt, _ in FORMATS])
@pytest.mark.parametrize("callback", [1, 3, 5])  # the first; a later one; the last, after the rows are read
def test_a_cancel_removes_the_folder_the_export_made(accepted, tmp_path, monkeypatch, fmt, options, callback):
    monkeypatch.setattr(writer, "PROGRESS_EVERY", EVERY)
    out = tmp_path / "new" / "deeper" / "export"
    written = [out]
    on_progress, stop, calls = cancelled_at(callback, written)
    report = export(accepted, fmt, out, options=options, on_progress=on_progress, stop=stop)
    assert report.stopped and calls[callback - 1] == callback * EVERY
    assert report.passages < PASSAGES if callback < 5 else report.passages == PASSAGES  # stopped reading, or after
    assert len(written) > 1  # it had written files (and parquet/ for pretrain) when it was stopped
    if fmt == "pretrain":
        assert any(path.name == "parquet" for path in written[1:])
    assert list(tmp_path.iterdir()) == []  # new/ and new/deeper/ made for it: gone too


@pytest.mark.parametrize(("fmt", "options"), FORMATS, ids=[fmt for fmt, _ in FORMATS])
@pytest.mark.parametrize("callback", [1, 3])
def test_a_cancel_keeps_a_folder_that_was_there(accepted, tmp_path, monkeypatch, fmt, options, callback):
    monkeypatch.setattr(writer, "PROGRESS_EVERY", EVERY)
    out = tmp_path / "empty"
    out.mkdir()
    on_progress, stop, _ = cancelled_at(callback)
    assert export(accepted, fmt, out, options=options, on_progress=on_progress, stop=stop).stopped
    assert out.is_dir() and list(out.iterdir()) == []


@pytest.mark.parametrize(("fmt", "options"), FORMATS, ids=[fmt for fmt, _ in FORMATS])
def test_a_file_put_there_by_another_hand_is_kept_with_its_folders(accepted, tmp_path, monkeypatch, fmt, options):
    monkeypatch.setattr(writer, "PROGRESS_EVERY", EVERY)
    out = tmp_path / "new" / "export"
    on_progress, stop, _ = cancelled_at(2)

    def and_a_note(done: int, total: int) -> None:
        if done == EVERY:
            (out / "notes.txt").write_text("mine", encoding="utf-8")
        on_progress(done, total)

    assert export(accepted, fmt, out, options=options, on_progress=and_a_note, stop=stop).stopped
    assert [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*"))] == [
        "new", "new/export", "new/export/notes.txt"
    ]  # fmt: skip


@pytest.mark.parametrize(("fmt", "options"), FORMATS, ids=[fmt for fmt, _ in FORMATS])
@pytest.mark.parametrize("step", ["card", "rename"])
def test_a_failure_removes_the_folder_the_export_made(accepted, tmp_path, monkeypatch, fmt, options, step):
    if step == "card":
        def full(*_args, **_kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(writer, "_write_card_and_manifest", full)
    else:  # the second rename fails: the file already renamed goes too
        renames = []
        rename = writer.Path.rename

        def fails_second(self, target):
            renames.append(self)
            if len(renames) == 2:
                raise OSError(28, "No space left on device")
            return rename(self, target)

        monkeypatch.setattr(writer.Path, "rename", fails_second)
    out = tmp_path / "new" / "export"
    with pytest.raises(ExportError, match="No space left on device"):
        export(accepted, fmt, out, options=options)
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_export_leaves_no_folder(accepted, tmp_path):
    out = tmp_path / "dpo"
    with pytest.raises(ExportError, match="no reviewed passage matches"):
        export(accepted, "dpo", out)  # accepted rewrites, no edit and no other candidate: no pair
    assert not out.exists()
