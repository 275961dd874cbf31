"""The main window: the queue of passages beside the passage view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from aligner_gui import __version__
from aligner_gui.core.errors import AlignerError
from aligner_gui.core.project import Project
from aligner_gui.core.stats import project_stats
from aligner_gui.ui.passage_table import PassageTableModel
from aligner_gui.ui.passage_view import PassageView


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.model: PassageTableModel | None = None
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.view = PassageView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.progress = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_menus()
        self._show_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open project…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._ask_open)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About aligner_gui"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- project -------------------------------------------------------------------

    def open_project(self, path: Path) -> None:
        project = Project.open(path)
        if self.project is not None:
            self.table.setModel(None)
            self.project.close()
        self.project = project
        self.model = PassageTableModel(project.conn, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PassageTableModel.PREVIEW, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._show_title()
        self._show_progress()
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("aligner projects (*.aligner);;All files (*)")
        )
        if name:
            try:
                self.open_project(Path(name))
            except AlignerError as exc:
                QMessageBox.warning(self, self.tr("Cannot open project"), str(exc))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.project is None or self.model is None or selected.isEmpty():
            return
        row = selected.indexes()[0].row()
        self.view.show_passage(self.project.conn, self.model.passage_id(row))

    def _show_title(self) -> None:
        name = self.project.path.name if self.project else self.tr("no project")
        self.setWindowTitle(f"{name} — aligner_gui")

    def _show_progress(self) -> None:
        if self.project is None:
            return
        stats = project_stats(self.project)
        done = sum(stats["decisions"].values())
        self.progress.setText(
            self.tr("{passages} passages · {with_rewrite} with a rewrite · {done} reviewed").format(
                passages=stats["passages"], with_rewrite=stats["passages_with_rewrite"], done=done
            )
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About aligner_gui"),
            self.tr("aligner_gui {version}\nReview and curate rewrites of Arabic pretraining text.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)
