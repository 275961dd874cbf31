"""Importing from the window: File ▸ Import passages, dropped files, File ▸ New project."""

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from aligner_gui.core.ingest.importer import SUBPROCESS_MIN_BYTES
from aligner_gui.core.project import Project
from aligner_gui.core.writer_lock import WriterLock
from tests.conftest import write_jsonl
from tests.ui.conftest import open_window

GROVES = [
    {"id": f"grove-{i}", "text": f"بساتين الفستقيات رقم {i}", "rewrite": f"بساتين الفستقيات ({i})."} for i in range(3)
]


def finish(qtbot, dialog) -> str:
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    return dialog.status.text()


def drop_files(window, mime: QMimeData) -> None:
    """Drag ``mime`` onto the window and drop it there, as a file manager would."""
    point, action = QPointF(50, 50), Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), action, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(point, action, mime, buttons, modifiers))


def passages_in(path) -> int:
    with Project.open(path) as project:
        return project.conn.execute("SELECT count(*) FROM passages").fetchone()[0]


def test_imported_passages_join_the_queue_and_problems_are_listed(qtbot, window, tmp_path):
    rows, current = window.queue.model.rowCount(), window.queue.current_passage()
    path = tmp_path / "groves.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) for record in GROVES]
    path.write_text("\n".join([lines[0], '{"id": "broken", "text": ', *lines[1:]]) + "\n", encoding="utf-8")

    dialog = window.import_passages([path])
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)

    assert finish(qtbot, dialog).startswith("Imported 3 passages (3 rewrites), 0 duplicates, 1 errors.")
    assert dialog.problems.toPlainText().startswith(f"{path}:2: invalid JSON")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == rows + 3)
    assert window.queue.current_passage() == current  # the reviewer stays where they were
    assert f"/ {rows + 3} reviewed" in window.progress.text()
    window.queue.search.setText("الفستقيات")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 3)

    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)  # the same file again adds nothing
    assert finish(qtbot, dialog).startswith("Imported 0 passages (0 rewrites), 3 duplicates, 1 errors.")


def test_a_stopped_import_keeps_its_place_and_the_next_one_carries_on(qtbot, window, tmp_path):
    before = passages_in(window.project.path)
    # Over 8 MB, so it is parsed in a helper process started from the import thread.
    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"{i} " + "نص في ملف كبير " * 70} for i in range(5000)])
    assert path.stat().st_size > SUBPROCESS_MIN_BYTES
    dialog = window.import_passages([path])
    dialog.start_import()
    dialog.stop_import()  # before its first chunk: nothing is written
    status = finish(qtbot, dialog)
    assert "Stopped: importing the same files again carries on where it stopped." in status
    assert passages_in(window.project.path) == before

    dialog.start_import()
    assert "Imported 5000 passages" in finish(qtbot, dialog)
    assert passages_in(window.project.path) == before + 5000


def test_closing_the_dialog_or_the_window_stops_a_running_import(qtbot, window, tmp_path):
    project_path = window.project.path
    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"نص رقم {i}"} for i in range(20_000)])
    dialog = window.import_passages([path])
    dialog.start_import()
    dialog.reject()  # Esc or Close: stops first, then closes
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert "Stopped" in dialog.status.text()

    window.import_passages([path]).start_import()
    window.close()  # waits for the import to stop; nothing half-written
    with Project.open(project_path) as project:
        assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_busy_project_is_a_clear_message(qtbot, window, tmp_path):
    path = write_jsonl(tmp_path / "groves.jsonl", GROVES)
    dialog = window.import_passages([path])
    with WriterLock(window.project.path, "aligner rewrite"):
        dialog.start_import()
        status = finish(qtbot, dialog)
    assert "The import could not run:" in status and "is busy: " in status and "aligner rewrite" in status
    assert dialog.start.isEnabled()  # can be tried again


def test_dropped_files_go_to_the_import_dialog_and_a_dropped_project_opens(qtbot, window, tmp_path, project):
    data = write_jsonl(tmp_path / "groves.jsonl", GROVES)
    for paths in ([data], [project.path]):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        drop_files(window, mime)
    assert window.project.path == project.path  # the second drop opened the project
    assert window.import_dialog is None  # and closed the first project's dialog


def test_a_dropped_file_is_listed_for_import(qtbot, window, tmp_path):
    data = write_jsonl(tmp_path / "groves.jsonl", GROVES)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(data))])
    drop_files(window, mime)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.files.item(row).text() for row in range(dialog.files.count())] == [str(data)]


def test_new_project_never_replaces_an_existing_file(qtbot, window, tmp_path, monkeypatch):
    existing = window.project.path
    size = existing.stat().st_size
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    answer = [str(existing)]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (answer[0], ""))

    window._ask_new()
    assert warnings == [f"{existing} already exists. Open it with File ▸ Open project."]
    assert existing.stat().st_size == size and window.project.path == existing

    answer[0] = str(tmp_path / "fresh")  # the suffix is added
    window._ask_new()
    assert window.project.path == tmp_path / "fresh.aligner"
    assert window.windowTitle().startswith("fresh.aligner")
    assert window.import_dialog is not None and window.import_dialog.isVisible()  # the next step, offered


def test_import_needs_an_open_project(qtbot):
    from aligner_gui.ui.main_window import MainWindow

    window = MainWindow("huda")
    qtbot.addWidget(window)
    assert not window.import_action.isEnabled()
    assert window.import_passages() is None


def test_import_dialog_in_arabic(qtbot, demo_path, arabic_ui, tmp_path):
    window = open_window(qtbot, demo_path)
    dialog = window.import_passages([write_jsonl(tmp_path / "groves.jsonl", GROVES)])
    dialog.start_import()
    status = finish(qtbot, dialog)
    assert dialog.start.text() == "ا&ستيراد"
    assert status.startswith("المقاطع المستوردة: 3 (وإعادات الصياغة: 3)")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.close()
