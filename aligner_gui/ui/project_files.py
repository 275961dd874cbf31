"""Getting a project open: File ▸ New and Open, the welcome screen's ways in (a recent
project, the demo, importing a file) and files dropped on the window.

A dropped project opens; dropped or chosen passages go into the open project, else into
one the reviewer creates or chooses first. No project opens without a reviewer name
(MainWindow.refuse_without_reviewer).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common import file_dialogs
from aligner_gui.ui.common.core_messages import core_message
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.common.message_box import warn
from aligner_gui.ui.common.settings import forget_project, recent_projects
from aligner_gui.ui.demo_project import prepare_demo
from aligner_gui.ui.importing.dialog import FILE_PATTERNS

if TYPE_CHECKING:
    from aligner_gui.ui.main_window import MainWindow

PROJECT_SUFFIX = ".aligner"
# The strings are the main window's (their context), where these actions are.


def open_or_warn(window: MainWindow, path: Path) -> bool:
    """Open ``path``; a project that cannot be opened is said in a message. True once open."""
    try:
        window.open_project(path)
    except AlignerError as exc:
        warn(window, QCoreApplication.translate("MainWindow", "Cannot open project"), core_message(str(exc)))
        return False
    return window.project is not None and window.project.path == path


def open_recent(window: MainWindow, path: Path) -> None:
    """A project from the welcome screen's list: one no longer there leaves the list."""
    if window.refuse_without_reviewer():
        return
    if not path.is_file():
        forget_project(path)
        window.welcome.show_projects(recent_projects())
        window.welcome.show_notice(
            QCoreApplication.translate("MainWindow", "{path} is no longer there; it was taken off the list.").format(
                path=isolated(str(path))
            )
        )
        return
    open_or_warn(window, path)


def ask_open(window: MainWindow) -> None:
    if window.refuse_without_reviewer():
        return
    path = _ask_project_file(window)
    if path is not None:
        open_or_warn(window, path)


def _ask_project_file(window: MainWindow) -> Path | None:
    name = file_dialogs.open_file_name(
        window,
        QCoreApplication.translate("MainWindow", "Open project"),
        "",
        QCoreApplication.translate("MainWindow", "aligner projects (*.aligner);;All files (*)"),
    )
    return Path(name) if name else None


def ask_new(window: MainWindow, importing: list[Path] | None = None) -> None:
    """Create a project and open it, then the import dialog (with ``importing`` listed;
    the new project is offered beside the first of them)."""
    if window.refuse_without_reviewer():
        return
    suggested = str(importing[0].with_suffix(PROJECT_SUFFIX)) if importing else ""
    name = file_dialogs.save_file_name(
        window,
        QCoreApplication.translate("MainWindow", "New project"),
        suggested,
        QCoreApplication.translate("MainWindow", "aligner projects (*.aligner)"),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing project is never replaced
    )
    if not name:
        return
    path = Path(name) if name.endswith(PROJECT_SUFFIX) else Path(name + PROJECT_SUFFIX)
    if path.exists():
        warn(
            window,
            QCoreApplication.translate("MainWindow", "New project"),
            QCoreApplication.translate("MainWindow", "{path} already exists. Open it with File ▸ Open project.").format(
                path=path
            ),
        )
        return
    try:
        Project.create(path).close()
        window.open_project(path)
    except (AlignerError, OSError) as exc:
        warn(window, QCoreApplication.translate("MainWindow", "New project"), core_message(str(exc)))
        return
    window.import_passages(importing)


def open_demo(window: MainWindow) -> None:
    if window.refuse_without_reviewer():
        return
    try:
        location, notice = prepare_demo()
    except (AlignerError, OSError) as exc:
        warn(window, QCoreApplication.translate("MainWindow", "Cannot open project"), core_message(str(exc)))
        return
    if open_or_warn(window, location) and notice:
        window.statusBar().showMessage(notice)


def ask_import(window: MainWindow) -> None:
    """The welcome screen's Import a file…: the files, then the project they go into."""
    if window.refuse_without_reviewer():
        return
    names = file_dialogs.open_file_names(
        window,
        QCoreApplication.translate("MainWindow", "Files to import"),
        "",
        QCoreApplication.translate("MainWindow", "Passages ({patterns});;All files (*)").format(patterns=FILE_PATTERNS),
    )
    if names:
        import_into_a_project(window, [Path(name) for name in names])


def dropped(window: MainWindow, paths: list[Path]) -> None:
    """Files dropped on the window: a project opens, anything else is imported."""
    if len(paths) == 1 and paths[0].suffix == PROJECT_SUFFIX:
        open_or_warn(window, paths[0])
    elif paths:
        import_into_a_project(window, paths)


def import_into_a_project(window: MainWindow, paths: list[Path]) -> None:
    """The import dialog with ``paths``, for the open project, else for a new one or one
    the reviewer chooses."""
    if window.project is not None:
        window.import_passages(paths)
        return
    if window.refuse_without_reviewer():
        return
    separator = QCoreApplication.translate("MainWindow", ", ", "between file names")
    what = separator.join(isolated(path.name) for path in paths[:3]) + ("…" if len(paths) > 3 else "")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Import passages"),
        QCoreApplication.translate(
            "MainWindow", "No project is open. Import {name} into a new project, or into one you already have?"
        ).format(name=what),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
    new = box.addButton(QCoreApplication.translate("MainWindow", "&New project…"), QMessageBox.ButtonRole.AcceptRole)
    existing = box.addButton(
        QCoreApplication.translate("MainWindow", "&Existing project…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(new)
    box.exec()
    if box.clickedButton() is new:
        ask_new(window, paths)
    elif box.clickedButton() is existing:
        project = _ask_project_file(window)
        if project is not None and open_or_warn(window, project):
            window.import_passages(paths)
