"""The welcome screen's list of projects opened before; one no longer there says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from aligner_gui.ui.common.i18n import isolated


class RecentList(QListWidget):
    chosen = Signal(Path)  # double-click or Enter on a project

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(False)  # a file dropped here goes to the window
        self.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def show_projects(self, paths: list[Path]) -> None:
        self.clear()
        for path in paths:
            missing = not path.is_file()
            text = self.tr("{name} in {folder}").format(name=isolated(path.name), folder=isolated(str(path.parent)))
            if missing:
                text = self.tr("{project} (not found)").format(project=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(isolated(str(path)))
            if missing:
                item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
            # As tall as its rows: the screen's other parts stay together above and below.
            self.setFixedHeight(self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4)

    def paths(self) -> list[Path]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]
