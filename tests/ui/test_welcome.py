"""The welcome screen: no project open, the reviewer's name required, recent projects, the
last one reopened where the reviewer left it, files dropped on it, and old settings moved."""

import os
import sys

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from aligner_gui.core.ingest.demo import create_demo_project
from aligner_gui.core.review.decisions import current_decision
from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.common.settings import (
    OLD_ORGANIZATION,
    migrate_old_settings,
    name_application,
    recent_projects,
    saved_reviewer,
)
from aligner_gui.ui.main_window import MainWindow
from tests.conftest import run_module, write_jsonl
from tests.ui.conftest import settle, show_window
from tests.ui.test_import_dialog import GROVES, drop_files, finish
from tests.ui.test_review_keyboard import press, type_text

# Settings and data folders named by XDG_CONFIG_HOME and XDG_DATA_HOME, as on Linux.
LINUX_FOLDERS = pytest.mark.skipif(sys.platform != "linux", reason="the XDG folders are Linux's")


def shown_window(qtbot, reviewer=""):
    window = MainWindow(reviewer)
    qtbot.addWidget(window)
    return show_window(qtbot, window)


def on_welcome(window) -> bool:
    return window.pages.currentWidget() is window.welcome and window.project is None


def test_with_no_project_the_welcome_screen_shows_the_ways_in(qtbot):
    window = shown_window(qtbot, "huda")
    assert on_welcome(window)
    welcome = window.welcome
    for button in (welcome.new_button, welcome.open_button, welcome.demo_button, welcome.import_button):
        assert button.isVisible() and button.isEnabled()
    assert welcome.name.text() == "huda"
    assert not welcome.reopen.isVisible()  # nothing opened before
    assert not window.actions[ActionId.ACCEPT].isEnabled() and not window.close_action.isEnabled()
    window.close()


def test_no_project_opens_without_a_name_and_it_opens_once_given(qtbot, demo_path):
    window = shown_window(qtbot)
    welcome = window.welcome
    window.open_project(demo_path)  # as `aligner-gui PROJECT` does at a first start
    assert on_welcome(window)
    assert welcome.name_hint.text() == "Enter your name first: it is recorded with each decision."
    assert not window.actions[ActionId.ACCEPT].isEnabled() and not window.actions[ActionId.UNDO].isEnabled()
    assert (
        welcome.reopen.isVisible() and welcome.reopen.text() == f"Open {isolated('demo.aligner')}"
    )  # waiting for the name

    for refused in (welcome.demo_button, welcome.reopen):
        refused.click()
        assert on_welcome(window)
    type_text(welcome.name, "   ")  # blanks are no name either
    qtbot.keyClick(welcome.name, Qt.Key.Key_Return)
    assert on_welcome(window) and window.reviewer == ""

    welcome.name.clear()
    type_text(welcome.name, "هدى")
    assert welcome.name_hint.text() == "Recorded with each decision you make. Required."
    qtbot.keyClick(welcome.name, Qt.Key.Key_Return)  # opens the project that waited
    assert window.project is not None and window.project.path == demo_path
    assert saved_reviewer() == "هدى"
    window.queue.table.setFocus()
    press(qtbot, window, Qt.Key.Key_A)
    settle(qtbot, window)
    assert current_decision(window.project, 1, "هدى").decision == "accepted"
    window.close()


def test_recent_projects_persist_and_one_no_longer_there_says_so(qtbot, tmp_path):
    first = create_demo_project(tmp_path / "first.aligner")
    second = create_demo_project(tmp_path / "second.aligner")
    window = shown_window(qtbot, "huda")
    window.open_project(first)
    window.open_project(second)
    window.close()
    first.unlink()

    again = shown_window(qtbot, "huda")
    welcome = again.welcome
    assert welcome.recent.paths() == [second, first]
    assert welcome.reopen.text() == f"Reopen {isolated('second.aligner')}"
    assert welcome.recent.item(1).text().endswith("(not found)")
    welcome.recent.itemActivated.emit(welcome.recent.item(1))
    assert on_welcome(again)
    assert welcome.recent.paths() == [second] and recent_projects() == [second]
    assert welcome.notice.text() == f"{isolated(str(first))} is no longer there; it was taken off the list."
    again.close()


def test_the_last_project_reopens_on_the_last_passage(qtbot, demo_path):
    window = shown_window(qtbot, "huda")
    window.open_project(demo_path)
    window.queue.select_passage(7)
    qtbot.waitUntil(lambda: window.panel.raw.toPlainText() != "")
    shown = window.panel.raw.toPlainText()
    window.close_action.trigger()  # File ▸ Close project: back to the welcome screen
    assert on_welcome(window)
    assert window.welcome.reopen.text() == f"Reopen {isolated('demo.aligner')}"
    window.close()

    again = shown_window(qtbot, "huda")
    assert again.focusWidget() is again.welcome.reopen
    qtbot.keyClick(again.welcome.reopen, Qt.Key.Key_Return)  # Enter reopens the last project
    assert again.project is not None and again.project.path == demo_path
    assert again.queue.current_passage() == 7
    qtbot.waitUntil(lambda: again.panel.raw.toPlainText() == shown)
    again.close()


def _click_when_shown(qtbot, kind, act):
    """When the next modal dialog of ``kind`` is up, ``act`` on it (from the event loop)."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_a_file_dropped_on_the_welcome_screen_goes_into_a_new_project(qtbot, tmp_path):
    data = write_jsonl(tmp_path / "groves.jsonl", GROVES)
    window = shown_window(qtbot, "huda")
    seen = []

    def choose_new(box):
        seen.append(box.text())
        _click_when_shown(qtbot, QFileDialog, lambda dialog: dialog.accept())  # the name offered
        [new] = [button for button in box.buttons() if button.text() == "&New project…"]
        new.click()

    _click_when_shown(qtbot, QMessageBox, choose_new)
    drop_files(window, [data])
    assert seen == [
        "No project is open. Import \u2068groves.jsonl\u2069 into a new project, or into one you already have?"
    ]
    assert window.project is not None and window.project.path == tmp_path / "groves.aligner"
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog._paths() == [data]
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert finish(qtbot, dialog).startswith("Imported: \u20683\u2069 passages")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 3)
    window.close()


def test_a_project_dropped_on_the_welcome_screen_opens(qtbot, demo_path):
    window = shown_window(qtbot, "huda")
    drop_files(window, [demo_path])
    assert window.project is not None and window.project.path == demo_path
    window.close()


@pytest.fixture
def named_app(qapp):
    """The app named as `aligner-gui` names it, for one test."""
    names = qapp.organizationName(), qapp.applicationName()
    name_application(qapp)
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


def test_old_settings_move_to_the_named_folder_once(named_app):
    old = QSettings(OLD_ORGANIZATION, "aligner_gui")
    old.setValue("reviewer", "huda")
    old.setValue("keys/accept", "J")
    old.setValue("language", "ar")
    old.sync()
    QSettings().setValue("language", "en")  # already chosen here: kept
    assert "Unknown Organization" not in QSettings().fileName()

    assert migrate_old_settings() == 2
    new = QSettings()
    assert (new.value("reviewer"), new.value("keys/accept"), new.value("language")) == ("huda", "J", "en")
    assert QSettings(OLD_ORGANIZATION, "aligner_gui").allKeys() == []
    assert migrate_old_settings() == 0


def test_a_login_name_recorded_for_nobody_is_not_moved(named_app):
    import getpass

    old = QSettings(OLD_ORGANIZATION, "aligner_gui")
    old.setValue("reviewer", getpass.getuser())  # what an empty name or Cancel used to record
    old.sync()
    migrate_old_settings()
    assert saved_reviewer() == ""


@LINUX_FOLDERS
def test_the_app_moves_old_settings_and_shows_the_welcome_screen(tmp_path):
    """`aligner-gui --screenshot` with no project, in a real settings folder (XDG_CONFIG_HOME)."""
    config = tmp_path / "config"
    (config / "Unknown Organization").mkdir(parents=True)
    (config / "Unknown Organization" / "aligner_gui.conf").write_text("[General]\nreviewer=huda\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    shot = tmp_path / "welcome.png"
    result = run_module("aligner_gui.ui.app", "--lang", "en", "--screenshot", shot, env=env)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 0
    assert "reviewer=huda" in (config / "aligner_gui" / "aligner_gui.conf").read_text(encoding="utf-8")
    assert "reviewer" not in (config / "Unknown Organization" / "aligner_gui.conf").read_text(encoding="utf-8")


@LINUX_FOLDERS
def test_the_demo_waits_for_a_name_at_a_first_start(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = run_module("aligner_gui.ui.app", "--demo", "--screenshot", tmp_path / "shot.png", env=env)
    assert result.returncode == 0, result.stderr
    assert "no reviewer name is saved yet" in result.stderr
    assert (tmp_path / "data" / "aligner_gui" / "demo.aligner").is_file()
    settings = tmp_path / "config" / "aligner_gui" / "aligner_gui.conf"
    assert not settings.exists() or "reviewer" not in settings.read_text(encoding="utf-8")


def test_the_welcome_screen_in_arabic_reads_right_to_left(qtbot, demo_path, arabic_ui):
    window = shown_window(qtbot)
    welcome = window.welcome
    assert welcome.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert welcome.demo_button.text() == "فتح المشروع ال&تجريبي"
    window.open_project(demo_path)
    assert welcome.name_hint.text() == "أدخل اسمك أولًا: فهو يُسجَّل مع كل قرار."
    assert welcome.reopen.text() == f"فتح {isolated('demo.aligner')}"
    x = lambda widget: widget.mapTo(window, QPoint(0, 0)).x()  # noqa: E731
    assert x(welcome.demo_button) > x(welcome.import_button), "the first button of a row sits on the right"
    window.close()
