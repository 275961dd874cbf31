"""Getting rewrites as a newcomer: the Rewriter panel says the three ways, its fields say what
goes in them, and what goes wrong is said naming the panel's own fields, soon."""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.chat_server import ChatServer
from tests.ui.conftest import open_window

FLAGS = ("--allow-download", "--allow-pickle", "--trust-remote-code", "--base-url", "--api-key", "hf download")


@pytest.fixture
def dock(window):
    window.rewriter_dock.show()
    QApplication.processEvents()
    return window.rewriter_dock


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(qtbot, dock, timeout=30_000):
    with qtbot.waitSignal(dock.job_finished, timeout=timeout):
        qtbot.mouseClick(dock.panel.start, Qt.MouseButton.LeftButton)


def press_g(qtbot, window):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_G)


def no_flags(text):
    return not any(flag in text for flag in FLAGS)


def test_the_panel_says_the_three_ways_to_get_rewrites(dock):
    text = dock.panel.three_ways.text()
    assert "Three ways" in text
    assert "A model on this computer" in text and "Model (Browse…)" in text
    assert "OpenAI" in text and "vLLM" in text and "Server URL" in text
    assert "File ▸ Import passages…" in text and "Rewrite field" in text
    backends = [dock.panel.backend.itemText(i) for i in range(dock.panel.backend.count())]
    assert backends[0] == "A model on this computer" and "OpenAI" in backends[1]


def test_the_model_field_says_what_goes_in_it_in_full(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    window.rewriter_dock.show()
    QApplication.processEvents()
    panel = window.rewriter_dock.panel
    for backend in ("transformers", "openai"):
        panel.select_backend(backend)
        field = panel.model
        assert field.placeholderText() and field.toolTip()
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= field.width() - 16  # not cut off
    if language == "ar":
        assert "النموذج" in panel.three_ways.text() and no_flags(panel.three_ways.text())
    window.close()


def test_an_empty_server_url_is_asked_for_by_its_name_before_anything_starts(qtbot, dock):
    panel = dock.panel
    panel.select_backend("openai")
    panel.model.setText("rewriter")
    assert panel.base_url.text() == "" and panel.base_url.placeholderText().startswith("for example")
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert not dock.runner.busy  # nothing started
    assert panel.state.text().startswith("Fill in Server URL in the Rewriter panel")
    assert no_flags(panel.state.text())
    assert panel.base_url.hasFocus()


@pytest.mark.parametrize("url", ["localhost:8000/v1", "http://gpu host:8000/v1", "http://gpu-host:port/v1"])
def test_a_server_url_that_cannot_work_is_refused_naming_the_field(qtbot, dock, url):
    panel = dock.panel
    panel.select_backend("openai")
    panel.model.setText("rewriter")
    panel.base_url.setText(url)
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert not dock.runner.busy
    assert panel.state.text().startswith("Server URL \u2068" + url + "\u2069 is not a server address")
    assert "http://localhost:8000/v1" in panel.state.text()
    assert panel.base_url.hasFocus() and panel.base_url.selectedText() == url


def test_a_refused_connection_is_reported_within_two_seconds(qtbot, dock):
    panel = dock.panel
    url = f"http://127.0.0.1:{closed_port()}/v1"
    panel.select_backend("openai")
    panel.model.setText("rewriter")
    panel.base_url.setText(url)
    started = time.monotonic()
    start(qtbot, dock, timeout=10_000)
    assert time.monotonic() - started < 2.0
    state = panel.state.text()
    assert state.startswith(f"Failed: Nothing answers at \u2068{url}\u2069 (\u2068Connection refused\u2069)")
    assert "Check Server URL in the Rewriter panel" in state and no_flags(state)
    assert panel.start.isEnabled()


def test_regenerating_from_a_refused_server_says_so_within_two_seconds(qtbot, window):
    panel = window.rewriter_dock.panel
    panel.select_backend("openai")
    panel.model.setText("rewriter")
    panel.base_url.setText(f"http://localhost:{closed_port()}/v1")
    runner = window.rewriter_dock.runner
    started = time.monotonic()
    with qtbot.waitSignal(runner.regenerated, timeout=10_000):
        press_g(qtbot, window)
    assert time.monotonic() - started < 2.0
    message = window.statusBar().currentMessage()
    assert message.startswith("No new candidate: Nothing answers at") and "Server URL" in message


def test_a_wrong_api_key_names_the_api_key_field(qtbot, dock):
    panel = dock.panel
    with ChatServer(api_key="sk-right", model="rewriter") as server:
        panel.select_backend("openai")
        panel.model.setText("rewriter")
        panel.base_url.setText(server.base_url)
        panel.api_key.setText("sk-wrong")
        start(qtbot, dock)
    state = panel.state.text()
    assert "refused the API key" in state and "Fill in API key in the Rewriter panel" in state and no_flags(state)


def test_a_model_not_on_this_computer_names_the_download_box_not_a_flag(qtbot, dock, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    panel = dock.panel
    panel.model.setText("someone/not-here")
    start(qtbot, dock)
    state = panel.state.text()
    assert "is neither a folder nor in this computer's" in state
    assert "Browse…" in state and "“Download the model if it is not cached”" in state and no_flags(state)
    assert panel.allow_download.text() == "Download the model if it is not cached"


def test_g_without_a_model_says_what_to_do_and_offers_the_panel(qtbot, window):
    dock = window.rewriter_dock
    assert not dock.isVisible() and dock.panel.model.text() == ""
    press_g(qtbot, window)
    box = dock.offer
    assert box is not None and box.isVisible()
    text = box.text()
    assert "the rewriter is not set up yet" in text
    assert "fill in Model with a model folder on this computer (Browse…)" in text
    assert "File ▸ Import passages…" in text and no_flags(text)
    open_panel = box.defaultButton()
    assert open_panel.text() == "Open the Rewriter panel"
    qtbot.mouseClick(open_panel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.isVisible() and dock.panel.model.hasFocus())
    assert dock.offer is None
    assert dock.panel.state.text().startswith("The rewriter has no model yet")


def test_g_without_a_model_can_be_dismissed_leaving_the_review_as_it_was(qtbot, window):
    dock = window.rewriter_dock
    press_g(qtbot, window)
    box = dock.offer
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.offer is None)
    assert not dock.isVisible() and not dock.panel.model.hasFocus()


def test_in_arabic_g_without_a_model_is_explained_in_arabic(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    press_g(qtbot, window)
    box = window.rewriter_dock.offer
    assert "لم يُهيَّأ مُعيد الكتابة" in box.text() and "«النموذج»" in box.text() and no_flags(box.text())
    assert box.defaultButton().text() == "افتح لوحة مُعيد الكتابة"
    box.reject()
    qtbot.waitUntil(lambda: window.rewriter_dock.offer is None)
    window.close()


def test_every_setting_problem_is_said_without_flags_in_both_languages(language):
    from aligner_gui.core.rewrite.setting_error import RewriteSettingError
    from aligner_gui.ui.rewriter.setting_messages import TEMPLATES, setting_error_text

    details = {"model": "m", "folder": "/models/m", "file": "pytorch_model.bin", "url": "http://h/v1"}
    details |= {"reason": "Connection refused", "detail": "Invalid API key"}
    for problem in TEMPLATES:
        text = setting_error_text(RewriteSettingError("model", problem, "--model is wrong", **details))
        assert no_flags(text) and "{" not in text, problem
        assert (language == "ar") == any("\u0600" <= c <= "\u06ff" for c in text), problem
