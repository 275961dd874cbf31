"""The demo project in the app: where it lives, opening it, and File ▸ Reset demo project.

`aligner-gui --demo` opens the copy in the user's data folder as the reviewer left it.
Starting afresh is an explicit action that asks first and keeps the old copy as a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.ingest.demo import demo_backup_path, ensure_demo_project, reset_demo_project
from aligner_gui.ui.common.message_box import warn
from aligner_gui.ui.common.settings import APPLICATION

if TYPE_CHECKING:
    from aligner_gui.ui.main_window import MainWindow


def demo_location() -> Path:
    """The demo project's file in the user's data folder (~/.local/share/aligner_gui on Linux).

    Named here, not taken from AppDataLocation: that one adds the organization's name
    (ui.common.settings), and the demo stays where earlier versions made it."""
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(data) / APPLICATION / "demo.aligner"


def is_demo(path: Path) -> bool:
    return path.resolve() == demo_location().resolve()


def prepare_demo() -> tuple[Path, str | None]:
    """The demo project to open, created if missing; and what to tell the reviewer when
    the copy there could not be opened and was set aside (None otherwise)."""
    location = demo_location()
    set_aside = ensure_demo_project(location)
    if set_aside is None:
        return location, None
    notice = QCoreApplication.translate(
        "DemoProject", "The demo project could not be opened ({reason}); it is kept as {name} and a new one was made"
    ).format(reason=set_aside.reason, name=set_aside.backup.name)
    return location, notice


def reset_demo(window: MainWindow) -> None:
    """File ▸ Reset demo project…: ask, back the demo up, and open a new one."""
    location = demo_location()
    dialog = window.import_dialog
    if dialog is not None and dialog.running and is_demo(dialog.project_path):
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "An import into {name} is still running").format(
                name=location.name
            ),
            8000,
        )
        return
    backup = demo_backup_path(location)
    if not _confirm(window, backup):
        return
    window.close_project(wait_for_jobs=True)  # saves an edit in progress: it goes into the backup too
    try:
        reset_demo_project(location, backup)
    except (AlignerError, OSError) as exc:
        warn(
            window,
            QCoreApplication.translate("DemoProject", "Reset demo project"),
            QCoreApplication.translate("DemoProject", "The demo project was not reset: {reason}").format(reason=exc),
        )
        window.open_project(location)
        return
    window.open_project(location)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "DemoProject", "A new demo project is open; your earlier decisions are kept in {name}"
        ).format(name=backup.name)
    )


def _confirm(window: MainWindow, backup: Path) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DemoProject", "Reset demo project"),
        QCoreApplication.translate(
            "DemoProject",
            "Start the demo afresh? Your decisions and edits on it are set aside in a backup, {name}, in {folder}.",
        ).format(name=backup.name, folder=backup.parent),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not markup
    reset = box.addButton(QCoreApplication.translate("DemoProject", "Reset"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is reset
