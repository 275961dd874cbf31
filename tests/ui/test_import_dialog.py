"""Importing from the window: File ▸ Import passages, dropped files, File ▸ New project."""

import json

from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from aligner_gui.core.ingest.importer import SUBPROCESS_MIN_BYTES
from aligner_gui.core.store.project import Project
from aligner_gui.core.store.writer_lock import WriterLock
from aligner_gui.ui.common import file_dialogs
from tests.conftest import write_jsonl
from tests.ui.conftest import open_window, shown

GROVES = [
    {"id": f"grove-{i}", "text": f"بساتين الفستقيات رقم {i}", "rewrite": f"بساتين الفستقيات ({i})."} for i in range(3)
]


def finish(qtbot, dialog) -> str:
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    return dialog.status.text()


def drop_files(window, paths) -> None:
    """Drag ``paths`` onto the window and drop them there, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
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

    assert shown(finish(qtbot, dialog)).startswith("Imported: 3 passages (3 rewrites), 0 duplicates, 1 problem.")
    assert dialog.problems.toPlainText().startswith(f"{path}:2: invalid JSON")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == rows + 3)
    assert window.queue.current_passage() == current  # the reviewer stays where they were
    assert f"/ {rows + 3} reviewed" in shown(window.progress.text())
    window.queue.search.setText("الفستقيات")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 3)

    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)  # the same file again adds nothing
    assert shown(finish(qtbot, dialog)).startswith("Imported: 0 passages (0 rewrites), 3 duplicates, 1 problem.")


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
    assert f"Imported: {QLocale().toString(5000)} passages" in shown(finish(qtbot, dialog))
    assert passages_in(window.project.path) == before + 5000


def test_a_rerun_of_a_stopped_import_carries_on_after_its_last_commit(qtbot, window, tmp_path):
    before = passages_in(window.project.path)
    path = write_jsonl(tmp_path / "rows.jsonl", [{"text": f"{i} نص قصير"} for i in range(30_000)])
    dialog = window.import_passages([path])
    dialog.start_import()
    qtbot.waitUntil(lambda: passages_in(window.project.path) > before, timeout=30_000)
    dialog.stop_import()
    finish(qtbot, dialog)
    written = passages_in(window.project.path) - before
    assert 0 < written < 30_000

    dialog.start_import()
    status = finish(qtbot, dialog)
    imported = QLocale().toString(30_000 - written)
    assert f"Imported: {imported} passages (0 rewrites), 0 duplicates, 0 problems." in shown(status)
    assert f"(carried on after line \u2068{QLocale().toString(written)}\u2069, where it stopped)" in status


def test_closing_the_dialog_or_the_window_stops_a_running_import(qtbot, window, tmp_path):
    project_path = window.project.path
    before = passages_in(project_path)
    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"نص رقم {i}"} for i in range(20_000)])
    dialog = window.import_passages([path])
    dialog.start_import()
    dialog.reject()  # Esc or Close: stops first, then closes
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert "Stopped" in dialog.status.text()
    assert passages_in(project_path) - before < 20_000

    assert window.import_passages([]) is dialog  # shown again, it stays open with its results
    dialog.start_import()
    assert "Imported" in finish(qtbot, dialog) and dialog.isVisible()
    assert passages_in(project_path) == before + 20_000

    other = write_jsonl(tmp_path / "other.jsonl", [{"text": f"نص آخر رقم {i}"} for i in range(20_000)])
    window.import_passages([other]).start_import()
    window.close()  # stops the import and waits for it
    assert passages_in(project_path) - before < 40_000


def test_a_busy_project_is_a_clear_message(qtbot, window, tmp_path):
    path = write_jsonl(tmp_path / "groves.jsonl", GROVES)
    dialog = window.import_passages([path])
    with WriterLock(window.project.path, "aligner rewrite"):
        dialog.start_import()
        status = finish(qtbot, dialog)
    assert "The import could not run:" in status and "is busy: " in status and "aligner rewrite" in status
    assert dialog.start.isEnabled()  # can be tried again


def listed(dialog) -> list[str]:
    return [dialog.files.item(row).text() for row in range(dialog.files.count())]


def test_dropped_files_go_to_the_import_dialog_and_a_dropped_project_opens(qtbot, window, tmp_path, project):
    data = write_jsonl(tmp_path / "groves.jsonl", GROVES)
    drop_files(window, [data])
    first = window.import_dialog
    assert first.isVisible() and listed(first) == [str(data)]

    drop_files(window, [project.path])
    assert window.project.path == project.path
    drop_files(window, [data])  # files dropped now go to the project open now
    assert window.import_dialog.project_path == project.path and listed(window.import_dialog) == [str(data)]


def test_an_import_carries_on_when_another_project_is_opened(qtbot, window, tmp_path, project):
    demo = window.project.path
    before = passages_in(demo)
    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"نص رقم {i}"} for i in range(20_000)])
    dialog = window.import_passages([path])
    dialog.start_import()
    window.open_project(project.path)
    assert window.import_passages([]) is None  # one import at a time
    assert shown(window.statusBar().currentMessage()) == "An import into demo.aligner is still running"

    assert f"Imported: {QLocale().toString(20_000)} passages" in shown(finish(qtbot, dialog))
    assert passages_in(demo) == before + 20_000
    assert window.queue.model.rowCount() == 0  # the project open now is not touched
    assert not dialog.start.isEnabled() and not dialog.files.isEnabled()  # files added now would go astray
    assert window.import_passages([]).project_path == project.path  # a new dialog, for this project


def test_a_failure_half_way_reports_what_was_committed(qtbot, demo_path, tmp_path, monkeypatch):
    import sqlite3
    import threading
    import time

    import aligner_gui.core.store.project

    monkeypatch.setattr(aligner_gui.core.store.project, "BUSY_TIMEOUT_MS", 100)  # give up on a busy project at once
    window = open_window(qtbot, demo_path)  # its writer's connection takes the short timeout
    rows = window.queue.model.rowCount()
    path = write_jsonl(tmp_path / "many.jsonl", [{"text": f"نص رقم {i}"} for i in range(100_000)])
    dialog = window.import_passages([path])
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=30_000)
    taken = threading.Event()

    def another_writer() -> None:  # takes the project for a second
        with sqlite3.connect(window.project.path, isolation_level=None) as other:
            other.execute("BEGIN IMMEDIATE")
            taken.set()
            time.sleep(1)
            other.execute("ROLLBACK")

    writer = threading.Thread(target=another_writer)
    writer.start()
    taken.wait()
    status = finish(qtbot, dialog)
    writer.join()

    written = passages_in(window.project.path) - 68
    assert 0 < written < 100_000
    imported = QLocale().toString(written)
    assert shown(status).startswith(f"Imported: {imported} passages (0 rewrites), 0 duplicates, 0 problems.")
    assert "The import could not run:" in status and "is busy" in status
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == rows + written)


def read_next_message_box(seen: list) -> None:
    """When the next message box is up, note its (text format, text) in ``seen`` and close it."""

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        seen.append((box.textFormat(), box.text()))
        box.close()

    QTimer.singleShot(0, read_and_close)


def test_messages_built_from_file_names_are_plain_text(qtbot, window, tmp_path):
    fake = tmp_path / "<h1><font color=red>HACKED.aligner"
    fake.write_text("not a project", encoding="utf-8")
    seen = []
    read_next_message_box(seen)
    drop_files(window, [fake])
    assert len(seen) == 1 and seen[0][0] == Qt.TextFormat.PlainText and "<h1><font color=red>HACKED" in seen[0][1]


def test_new_project_never_replaces_an_existing_file(qtbot, window, tmp_path, monkeypatch):
    existing = window.project.path
    size = existing.stat().st_size
    answer = [str(existing)]
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args, **kwargs: answer[0])

    seen = []
    read_next_message_box(seen)
    window._ask_new()
    assert [text for _, text in seen] == [f"{existing} already exists. Open it with File ▸ Open project."]
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
    three = QLocale().toString(3)
    assert shown(status) == f"المستورد: {three} فقرات ({three} إعادات صياغة)، ولا نسخ مكررة، ولا مشكلات."
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.close()
