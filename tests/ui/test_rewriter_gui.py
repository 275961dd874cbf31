"""The rewriter in the window: a job run from the Rewriter panel, and a new candidate
streamed into the review panel, then compared with the old one and kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from aligner_gui.core.review.decisions import current_decision
from aligner_gui.core.rewrite.prompts import save_prompt
from aligner_gui.core.store.project import Project
from tests.ui.conftest import open_window, settle, shown


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


@pytest.fixture
def rewriter_window(qtbot, demo_path, tiny_model):
    QSettings().setValue("rewriter/model", str(tiny_model))
    QSettings().setValue("rewriter/max_new_tokens", 40)
    with Project.open(demo_path) as project:  # the window's own connection only reads
        save_prompt(project, "short", "أعد كتابة النص.")
    window = open_window(qtbot, demo_path)
    window.rewriter_dock.panel.set_prompts(window.project)
    window.rewriter_dock.panel.prompt.setCurrentText("short v1")
    yield window
    window.close()


def model_rewrites(window, passage_id=None):
    sql = "SELECT id, passage_id, text FROM rewrites WHERE origin = 'model'"
    if passage_id is not None:
        sql += f" AND passage_id = {int(passage_id)}"
    return window.project.conn.execute(sql + " ORDER BY id").fetchall()


def test_regenerate_streams_a_candidate_that_can_be_compared_and_kept(qtbot, rewriter_window):
    window = rewriter_window
    final = window.panel.final
    imported = window.session.review.state.prepared.item
    lengths: list[int] = []
    window.rewriter_dock.runner.piece.connect(lambda _pid, _piece: lengths.append(len(final.toPlainText())))
    press(qtbot, window, Qt.Key.Key_G)
    assert "being written" in window.panel.final_pane.title.text()
    press(qtbot, window, Qt.Key.Key_A)  # deciding now would judge the old candidate: refused
    assert current_decision(window.project, 1, "huda") is None
    with qtbot.waitSignal(window.rewriter_dock.runner.regenerated, timeout=60_000) as saved:
        pass
    passage_id, rewrite_id = saved.args
    assert passage_id == 1 and rewrite_id == model_rewrites(window, 1)[-1][0]
    # The text arrived piece by piece while the window kept painting.
    assert len(lengths) > 5 and len(set(lengths)) > 5 and lengths == sorted(lengths)
    qtbot.waitUntil(lambda: window.session.review.state.prepared.item.rewrite_id == rewrite_id)
    new_text = model_rewrites(window, 1)[-1][2]
    assert final.text() == new_text
    assert "candidate 2 of 2" in shown(window.panel.header.text())

    press(qtbot, window, Qt.Key.Key_C)  # back to the imported rewrite
    item = window.session.review.state.prepared.item
    assert item.rewrite_id == imported.rewrite_id and final.text() == imported.rewrite
    assert "candidate 1 of 2" in shown(window.panel.header.text())
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    assert window.session.review.state.prepared.item.rewrite_id == rewrite_id
    press(qtbot, window, Qt.Key.Key_A)  # keep the new candidate
    settle(qtbot, window)
    kept = current_decision(window.project, 1, "huda")
    assert (kept.decision, kept.rewrite_id, kept.final_text) == ("accepted", rewrite_id, new_text)


def test_escape_stops_a_candidate_and_nothing_is_stored(qtbot, rewriter_window):
    window = rewriter_window
    QSettings().setValue("rewriter/max_new_tokens", 2000)
    window.rewriter_dock.panel.max_new_tokens.setValue(2000)
    window.rewriter_dock.panel.batch_size.setValue(16)
    runner = window.rewriter_dock.runner
    with qtbot.waitSignal(runner.piece, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_G)
    with qtbot.waitSignal(runner.regenerated, timeout=30_000) as ended:
        press(qtbot, window, Qt.Key.Key_Escape)
    assert ended.args == [1, 0]
    assert model_rewrites(window, 1) == []
    assert window.panel.final.text() == window.session.review.state.prepared.item.rewrite  # the old one is back


def test_a_job_runs_from_the_panel_with_progress_and_can_be_paused(qtbot, rewriter_window):
    window = rewriter_window
    dock = window.rewriter_dock
    dock.show()
    panel = dock.panel
    panel.limit.setValue(6)
    panel.batch_size.setValue(2)
    seen = []
    dock.runner.progress.connect(seen.append)
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert not panel.start.isEnabled() and panel.pause.isEnabled()
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=60_000)
    qtbot.mouseClick(panel.pause, Qt.MouseButton.LeftButton)
    assert panel.pause.text() == "Resume"
    paused_at = len(model_rewrites(window))
    qtbot.wait(600)
    assert len(model_rewrites(window)) <= paused_at + 2  # at most the batch already in flight
    with qtbot.waitSignal(dock.job_finished, timeout=60_000):
        qtbot.mouseClick(panel.pause, Qt.MouseButton.LeftButton)
    assert sorted(row[1] for row in model_rewrites(window)) == [1, 2, 3, 4, 5, 6]
    assert panel.bar.value() == panel.bar.maximum() == 6
    assert "Job finished" in panel.state.text() and panel.start.isEnabled()
    assert seen[-1].done == 6 and seen[-1].tokens_per_second > 0


def test_an_edited_passage_can_get_a_new_candidate_without_mixing_their_texts(qtbot, rewriter_window):
    from tests.ui.test_review_keyboard import type_text

    window = rewriter_window
    runner = window.rewriter_dock.runner
    press(qtbot, window, Qt.Key.Key_E)
    type_text(window.panel.final, "؟")
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saved as edited
    settle(qtbot, window)
    edited = current_decision(window.project, 1, "huda")
    assert edited.decision == "edited"
    press(qtbot, window, Qt.Key.Key_K)
    assert window.panel.final.text() == edited.final_text
    with qtbot.waitSignal(runner.regenerated, timeout=60_000) as saved:
        press(qtbot, window, Qt.Key.Key_G)
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # refused while writing
    new_id = saved.args[1]
    new_text = model_rewrites(window, 1)[-1][2]
    qtbot.waitUntil(lambda: window.session.review.state.prepared.item.rewrite_id == new_id)
    assert window.panel.final.text() == new_text  # the new candidate, not the old edit
    press(qtbot, window, Qt.Key.Key_A)
    settle(qtbot, window)
    kept = current_decision(window.project, 1, "huda")
    assert (kept.decision, kept.rewrite_id, kept.final_text) == ("accepted", new_id, new_text)
    press(qtbot, window, Qt.Key.Key_K)
    press(qtbot, window, Qt.Key.Key_C)  # the old candidate still shows as it was
    assert window.session.review.state.prepared.item.rewrite_id == edited.rewrite_id


def test_moving_on_while_a_candidate_is_written_elsewhere(qtbot, rewriter_window):
    window = rewriter_window
    runner = window.rewriter_dock.runner
    with qtbot.waitSignal(runner.piece, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_G)
    press(qtbot, window, Qt.Key.Key_J)
    press(qtbot, window, Qt.Key.Key_A)  # a decision on passage 2 is not held up by passage 1
    settle(qtbot, window)
    assert current_decision(window.project, 2, "huda").decision == "accepted"
    shown = window.panel.final.text()
    with qtbot.waitSignal(runner.regenerated, timeout=60_000) as saved:
        pass
    assert saved.args[0] == 1 and saved.args[1] > 0
    assert window.panel.final.text() == shown  # passage 3's pane was never written into


def test_a_model_that_cannot_load_is_reported_and_the_panel_is_ready_again(qtbot, rewriter_window, tmp_path):
    window = rewriter_window
    dock = window.rewriter_dock
    panel = dock.panel
    panel.model.setText(str(tmp_path / "no-such-model"))
    with qtbot.waitSignal(dock.job_finished, timeout=30_000):
        qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert panel.state.text().startswith("Failed: There is no model folder at")
    assert panel.state.text().endswith("Choose the model's folder with Browse….")
    assert panel.start.isEnabled() and not panel.cancel.isEnabled()
    press(qtbot, window, Qt.Key.Key_G)  # regenerate reports the same, and the rewriter is free again
    qtbot.waitUntil(lambda: not dock.runner.busy, timeout=30_000)
    assert window.statusBar().currentMessage().startswith("No new candidate: There is no model folder at")


def test_editing_a_prompt_in_the_dialog_saves_a_new_version(qtbot, window):
    from aligner_gui.core.rewrite.prompts import prompt_versions
    from aligner_gui.ui.rewriter.prompt_dialog import PromptDialog

    dialog = PromptDialog(window.session.ops, window)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("conduct-ar")
    assert dialog.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    original = dialog.text.toPlainText()
    dialog.text.setPlainText(original + "\nلا تحذف الأرقام أبدًا.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None)  # written by the writer
    versions = prompt_versions(window.project, "conduct-ar")
    assert [p.version for p in versions] == [2, 1] and versions[0].text.endswith("لا تحذف الأرقام أبدًا.")
    assert dialog.version.currentText() == "v2"
    dialog.version.setCurrentIndex(1)  # the old version is still there, unchanged
    assert dialog.text.toPlainText() == original
    window.rewriter_dock.panel.set_prompts(window.project, dialog.saved.id)
    assert window.rewriter_dock.panel.prompt.currentText() == "conduct-ar v2"


def test_opening_another_project_while_a_candidate_is_written(qtbot, rewriter_window, tmp_path):
    from aligner_gui.core.ingest.demo import create_demo_project

    window = rewriter_window
    old_runner = window.rewriter_dock.runner
    with qtbot.waitSignal(old_runner.piece, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_G)
    other = create_demo_project(tmp_path / "other.aligner")
    window.open_project(other)  # the old rewriter is cancelled; its last signals must not land here
    qtbot.wait(1500)
    assert window.project.path == other and window.session.review.state.prepared.item.passage_id == 1
    assert window.panel.final.text() == window.session.review.state.prepared.item.rewrite
    assert not window.rewriter_dock.runner.busy
