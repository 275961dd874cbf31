"""The demo project keeps a reviewer's work: `--demo` reopens it, and only an explicit,
confirmed File ▸ Reset demo project starts afresh, keeping the old copy as a backup."""

import os
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from aligner_gui.core.ingest.demo import demo_source
from aligner_gui.core.review.decisions import current_decision, drafts_of
from aligner_gui.core.store.project import Project
from aligner_gui.ui.demo_project import demo_location, prepare_demo
from tests.conftest import run_module
from tests.ui.conftest import open_window
from tests.ui.test_review_keyboard import press, type_text

DEMO_PASSAGES = len(demo_source().read_text(encoding="utf-8").splitlines())


def start_demo_app(tmp_path):
    """`aligner-gui --demo` in its own process, as `make run` starts it (rendered offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    shot = tmp_path / "shot.png"
    result = run_module("aligner_gui.ui.app", "--demo", "--reviewer", "huda", "--screenshot", shot, env=env)
    assert result.returncode == 0, result.stderr
    return result, tmp_path / "data" / "aligner_gui" / "demo.aligner"


def test_decisions_on_the_demo_survive_starting_it_again(qtbot, tmp_path):
    _, demo = start_demo_app(tmp_path)
    window = open_window(qtbot, demo)
    press(qtbot, window, Qt.Key.Key_A)  # passage 1 accepted
    press(qtbot, window, Qt.Key.Key_R)  # passage 2 rejected
    window.close()

    result, again = start_demo_app(tmp_path)
    assert again == demo and "could not be opened" not in result.stderr
    with Project.open(demo) as project:
        assert current_decision(project, 1, "huda").decision == "accepted"
        assert current_decision(project, 2, "huda").decision == "rejected"
        assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == DEMO_PASSAGES


def test_a_demo_file_that_is_not_a_project_is_moved_aside_not_deleted(tmp_path):
    demo = tmp_path / "data" / "aligner_gui" / "demo.aligner"
    demo.parent.mkdir(parents=True)
    damaged = b"this is not an SQLite file, but it is someone's file\n" * 100
    demo.write_bytes(damaged)
    result, _ = start_demo_app(tmp_path)
    [backup] = demo.parent.glob("demo.aligner.*.bak")
    assert re.fullmatch(r"demo\.aligner\.\d{8}-\d{6}\.bak", backup.name)
    assert backup.read_bytes() == damaged
    assert "The demo project could not be opened" in result.stderr and backup.name in result.stderr
    with Project.open(demo) as project:
        assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == DEMO_PASSAGES


@pytest.fixture
def demo_window(qtbot, tmp_path, monkeypatch):
    """The app's window on the demo in the user's data folder, as `--demo` opens it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path, notice = prepare_demo()
    assert path == demo_location() and path.is_relative_to(tmp_path) and notice is None
    window = open_window(qtbot, path)
    yield window
    window.close()


def answer_next_question(button_text: str, seen: list) -> None:
    """When the next message box is up, note its text in ``seen`` and press ``button_text``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        [button] = [b for b in box.buttons() if b.text() in (button_text, "&" + button_text)]
        button.click()

    QTimer.singleShot(0, answer)


def backups_of(demo):
    return sorted(demo.parent.glob("demo.aligner.*.bak"))


def test_reset_asks_keeps_a_backup_and_opens_a_new_demo(qtbot, demo_window):
    window, demo = demo_window, demo_window.project.path
    assert window.reset_demo_action.isVisible()
    press(qtbot, window, Qt.Key.Key_A)  # passage 1 accepted
    press(qtbot, window, Qt.Key.Key_E)  # an edit in progress on passage 2
    type_text(window.panel.final, "مسودة لم تحسم ")
    press(qtbot, window, Qt.Key.Key_Escape)

    seen = []
    answer_next_question("Cancel", seen)
    window.reset_demo_action.trigger()
    [(text_format, question)] = seen
    assert text_format == Qt.TextFormat.PlainText
    assert "decisions" in question and "set aside" in question
    named = re.search(r"demo\.aligner\.\d{8}-\d{6}(-\d+)?\.bak", question).group(0)
    assert backups_of(demo) == []  # Cancel: nothing changed
    assert window.project.path == demo and window.queue.current_passage() == 2
    assert window.panel.final.toPlainText().startswith("مسودة لم تحسم ")
    assert current_decision(window.project, 1, "huda").decision == "accepted"

    seen.clear()
    answer_next_question("Reset", seen)
    window.reset_demo_action.trigger()
    [backup] = backups_of(demo)
    assert backup.name == re.search(r"demo\.aligner\.\S+\.bak", seen[0][1]).group(0)
    assert backup.name[: len("demo.aligner.20250101-1200")] == named[: len("demo.aligner.20250101-1200")]
    assert backup.name in window.statusBar().currentMessage()
    with Project.open(backup) as old:
        assert old.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert current_decision(old, 1, "huda").decision == "accepted"
        [draft] = drafts_of(old, "huda")
        assert (draft.passage_id, draft.text[:14]) == (2, "مسودة لم تحسم ")
    new = window.project
    assert new.path == demo and window.reset_demo_action.isVisible()
    assert new.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    assert drafts_of(new, "huda") == []
    assert new.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == DEMO_PASSAGES
    assert window.queue.current_passage() == 1 and window.panel.notice.isHidden()
    assert sorted(p.name for p in demo.parent.iterdir() if "new" in p.name) == []


def test_reset_is_offered_only_on_the_demo(qtbot, demo_window, project):
    assert demo_window.reset_demo_action.isVisible()
    demo_window.open_project(project.path)
    assert not demo_window.reset_demo_action.isVisible()


def test_opening_another_project_leaves_the_old_one_alone(qtbot, demo_path, project, tmp_path):
    """The window's previous review must not act on its closed project when the new one
    selects its first passage (a traceback, and the new project shown late)."""
    from aligner_gui.core.ingest import import_files
    from tests.conftest import write_jsonl

    import_files(project, [write_jsonl(tmp_path / "p.jsonl", [{"text": "نص آخر", "rewrite": "نص آخر."}])])
    window = open_window(qtbot, demo_path)
    press(qtbot, window, Qt.Key.Key_A)  # passage 1 decided: the old review reads it afresh
    press(qtbot, window, Qt.Key.Key_J)  # on passage 3; the other project opens on passage 1
    window.open_project(project.path)
    assert window.queue.current_passage() == 1 and window.panel.raw.toPlainText() == "نص آخر"
    window.close()
