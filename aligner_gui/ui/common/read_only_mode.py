"""A project this process can only read: the window says so and takes no decisions.

Reading, searching and moving through the queue work as usual. Every action that would
write is disabled, and its key, instead of doing nothing, says why (the menus show the
actions greyed out; a key pressed out of habit gets an answer in the status bar).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.i18n import isolated


class ReadOnlyMode(QObject):
    refused = Signal(str)  # a writing key was pressed: why nothing happened

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the path is not HTML
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fde2b8; color: #5a3600; padding: 6px; font-weight: bold;")
        self.banner.hide()
        self._refusal = QAction(window)
        self._refusal.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._refusal.setEnabled(False)
        self._refusal.triggered.connect(self._refuse)
        window.addAction(self._refusal)
        self._project: Project | None = None

    @property
    def active(self) -> bool:
        return self._project is not None and self._project.read_only

    def apply(self, project: Project, actions: list[QAction], widgets: list[QWidget]) -> None:
        """Show whether ``project`` is read-only; when it is, disable ``actions`` and
        ``widgets`` (the writing ones), and let their keys explain instead."""
        self._project = project
        writable = not project.read_only
        for item in (*actions, *widgets):
            item.setEnabled(writable)
        keys = [key for action in actions for key in action.shortcuts() if not key.isEmpty()]
        self._refusal.setShortcuts(keys if not writable else [])
        self._refusal.setEnabled(not writable)
        self.banner.setVisible(not writable)
        if not writable:
            self.banner.setText(
                self.tr(
                    "Read-only: {path} cannot be changed here ({reason}). Reading, searching and moving"
                    " through it work; deciding, editing, importing and rewriting are turned off."
                ).format(path=isolated(str(project.path)), reason=isolated(project.read_only_reason))
            )

    def _refuse(self) -> None:
        if self._project is not None:
            self.refused.emit(
                self.tr("{name} is read-only ({reason}): nothing can be decided or changed in it").format(
                    name=isolated(self._project.path.name), reason=isolated(self._project.read_only_reason)
                )
            )

