"""A model folder that is not there, or is no model, is told at once in the Rewriter panel
(before torch and transformers load, which takes seconds), naming the folder and the
panel's own control, in English and in Arabic."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aligner_gui.ui.common.i18n import isolated
from tests.ui.visible_text import latin_left


def start_and_wait(qtbot, dock) -> float:
    started = time.monotonic()
    with qtbot.waitSignal(dock.job_finished, timeout=30_000):
        qtbot.mouseClick(dock.panel.start, Qt.MouseButton.LeftButton)
    return time.monotonic() - started


@pytest.mark.parametrize("case", ["missing", "empty"])
def test_a_wrong_model_folder_is_told_within_two_seconds(qtbot, window, tmp_path, case):
    folder = tmp_path / "no-such-model"
    if case == "empty":
        folder.mkdir()
    dock = window.rewriter_dock
    dock.show()
    dock.panel.model.setText(str(folder))
    elapsed = start_and_wait(qtbot, dock)
    assert elapsed < 2.0, f"{elapsed:.1f} s"
    state = dock.panel.state.text()
    folder_shown = f"{isolated(str(folder))}"
    if case == "missing":
        assert state == f"Failed: There is no model folder at {folder_shown}. Choose the model's folder with Browse…."
    else:
        assert state.startswith(f"Failed: {folder_shown} is not a model folder: it has no \u2068config.json\u2069.")
    assert "--model" not in state
    assert dock.panel.start.isEnabled()


def test_in_arabic_too(qtbot, arabic_ui, window, tmp_path):
    folder = tmp_path / "no-such-model"
    dock = window.rewriter_dock
    dock.show()
    dock.panel.model.setText(str(folder))
    assert start_and_wait(qtbot, dock) < 2.0
    state = dock.panel.state.text()
    browse = QApplication.translate("RewriterPanel", "Browse…")
    assert f"{isolated(str(folder))}" in state and browse.rstrip("…") in state and latin_left(state) == [], state
