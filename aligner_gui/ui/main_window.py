"""The main window: the queue beside the review panel, menus, and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from aligner_gui import __version__
from aligner_gui.core.errors import AlignerError
from aligner_gui.core.review.decisions import (
    DONE_DECISIONS,
    drafts_of,
    last_position,
    review_reasons,
    set_review_reasons,
)
from aligner_gui.core.review.queue import progress
from aligner_gui.core.store.project import Project
from aligner_gui.ui.candidates import CandidateController
from aligner_gui.ui.demo_project import is_demo, reset_demo
from aligner_gui.ui.import_dialog import ImportDialog
from aligner_gui.ui.keys import REASON_KEYS, KeysDialog, apply_keys, build_actions, legend, save_keys
from aligner_gui.ui.message_box import warn
from aligner_gui.ui.queue_panel import QueuePanel
from aligner_gui.ui.read_only_mode import WRITING_ACTIONS, ReadOnlyMode
from aligner_gui.ui.review_controller import ReviewController
from aligner_gui.ui.review_panel import ReviewPanel
from aligner_gui.ui.rewriter_dock import RewriterDock

LEGEND_ACTIONS = [
    "accept",
    "reject",
    "edit",
    "skip",
    "next",
    "previous",
    "toggle_hunk",
    "next_hunk",
    "undo",
    "regenerate",
    "search",
]
# Actions that would act on the old candidate while a new one is being written.
_WAIT_FOR_CANDIDATE = {"accept", "reject", "skip", "save_edit", "edit", "toggle_hunk", "from_original", "undo", "redo"}


class MainWindow(QMainWindow):
    def __init__(self, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer = reviewer
        self.project: Project | None = None
        self.controller: ReviewController | None = None
        self.candidates: CandidateController | None = None
        self.import_dialog: ImportDialog | None = None
        self.queue = QueuePanel()
        self.panel = ReviewPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([430, 970])
        self.read_only_mode = ReadOnlyMode(self)
        self.read_only_mode.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_mode.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.rewriter_dock = RewriterDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.rewriter_dock)
        self.rewriter_dock.hide()
        self.rewriter_dock.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.rewriter_dock.job_finished.connect(self._recount)
        self.progress = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self.actions = build_actions(self)
        self._reason_actions = self._build_reason_actions()
        self._build_menus()
        self._connect_buttons()
        self._set_review_enabled(False)
        self._show_title()
        self._refresh_legend()
        self.setAcceptDrops(True)

    # -- menus and keys -----------------------------------------------------------------

    def _build_reason_actions(self) -> list[QAction]:
        actions = []
        for number, key in enumerate(REASON_KEYS, start=1):
            action = QAction(self.tr("Toggle reason {number}").format(number=number), self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, n=number: self.panel.toggle_reason(n))
            self.addAction(action)
            actions.append(action)
        return actions

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New project…"), self._ask_new, QKeySequence.StandardKey.New)
        self._add(file_menu, self.tr("&Open project…"), self._ask_open, QKeySequence.StandardKey.Open)
        self.import_action = self._add(file_menu, self.tr("&Import passages…"), self.import_passages, "Ctrl+I")
        # Only on the demo: on another project it would read as resetting that project.
        self.reset_demo_action = self._add(file_menu, self.tr("&Reset demo project…"), lambda: reset_demo(self))
        self.reset_demo_action.setVisible(False)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        review = self.menuBar().addMenu(self.tr("&Review"))
        for action_id in ("accept", "reject", "edit", "save_edit", "skip", "leave_edit"):
            review.addAction(self.actions[action_id])
        review.addSeparator()
        for action_id in ("next", "previous", "next_hunk", "previous_hunk", "toggle_hunk", "from_original"):
            review.addAction(self.actions[action_id])
        review.addSeparator()
        for action_id in ("undo", "redo", "search", "note"):
            review.addAction(self.actions[action_id])

        rewrite = self.menuBar().addMenu(self.tr("Re&write"))
        panel_action = self.rewriter_dock.toggleViewAction()
        panel_action.setText(self.tr("Rewriter &panel"))
        panel_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        rewrite.addAction(panel_action)
        for action_id in ("regenerate", "next_candidate", "previous_candidate"):
            rewrite.addAction(self.actions[action_id])
        self.edit_prompts_action = self._add(rewrite, self.tr("Edit &prompts…"), self.rewriter_dock.edit_prompts)

        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.actions["zoom_in"])
        view.addAction(self.actions["zoom_out"])

        settings = self.menuBar().addMenu(self.tr("&Settings"))
        self._add(settings, self.tr("&Keys…"), self._edit_keys)
        self.edit_reasons_action = self._add(settings, self.tr("&Reasons…"), self._edit_reasons)
        self._add(settings, self.tr("Reviewer &name…"), self._edit_reviewer)
        language = settings.addMenu(self.tr("&Language"))
        self._add(language, "English", lambda: self._set_language("en"))
        self._add(language, "العربية", lambda: self._set_language("ar"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About aligner_gui"), self._about)

        a = self.actions
        a["next"].triggered.connect(lambda: self.queue.step(1))
        a["previous"].triggered.connect(lambda: self.queue.step(-1))
        a["search"].triggered.connect(self._focus_search)
        a["note"].triggered.connect(lambda: self.panel.note.setFocus())
        a["zoom_in"].triggered.connect(lambda: self.panel.zoom(1))
        a["zoom_out"].triggered.connect(lambda: self.panel.zoom(-1))
        a["leave_edit"].triggered.connect(self._escape)
        for action_id, method in (
            ("accept", lambda: self._call("decide", "accept")),
            ("reject", lambda: self._call("decide", "reject")),
            ("skip", lambda: self._call("decide", "skip")),
            ("save_edit", lambda: self._call("decide", "save_edit")),
            ("edit", lambda: self._call("start_edit")),
            ("next_hunk", lambda: self._call("step_hunk", True)),
            ("previous_hunk", lambda: self._call("step_hunk", False)),
            ("toggle_hunk", lambda: self._call("toggle_hunk")),
            ("from_original", lambda: self._call("from_original")),
            ("undo", lambda: self._call("undo")),
            ("redo", lambda: self._call("redo")),
            ("regenerate", lambda: self._call_candidates("regenerate")),
            ("next_candidate", lambda: self._call_candidates("step", 1)),
            ("previous_candidate", lambda: self._call_candidates("step", -1)),
        ):
            a[action_id].triggered.connect(method)

    def _add(self, menu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect_buttons(self) -> None:
        for action_id, button in self.panel.buttons.items():
            button.clicked.connect(self.actions[action_id].trigger)

    def _call(self, method: str, *args) -> None:  # noqa: ANN002
        if self.controller is None:
            return
        action = args[0] if method == "decide" else method
        if self.candidates is not None and self.candidates.streaming_here() and action in _WAIT_FOR_CANDIDATE:
            self.statusBar().showMessage(self.tr("A new candidate is being written: wait for it, or Esc"), 5000)
            return
        getattr(self.controller, method)(*args)

    def _call_candidates(self, method: str, *args) -> None:  # noqa: ANN002
        if self.candidates is not None:
            getattr(self.candidates, method)(*args)

    def _escape(self) -> None:
        if self.candidates is not None and self.candidates.streaming_here():
            self.candidates.stop()
        elif self.controller is not None and self.controller.editing:
            self.controller.set_editing(False)
        else:
            self.queue.table.setFocus()

    def _focus_search(self) -> None:
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def _refresh_legend(self) -> None:
        self.panel.legend.setText(
            legend(self.actions, LEGEND_ACTIONS)
            + "  ·  1–9 "
            + self.tr("reasons")
            + "  ·  Esc "
            + self.tr("leave editor")
        )

    def _set_review_enabled(self, enabled: bool) -> None:
        for action in [*self.actions.values(), *self._reason_actions]:
            action.setEnabled(enabled)
        for button in self.panel.buttons.values():
            button.setEnabled(enabled)
        self.import_action.setEnabled(enabled)

    def _apply_read_only(self) -> None:
        """A read-only project: the banner, and every writing action off (after
        _set_review_enabled, which turns them all on)."""
        actions = [self.actions[action_id] for action_id in WRITING_ACTIONS]
        actions += [*self._reason_actions, self.import_action, self.edit_prompts_action, self.edit_reasons_action]
        actions.append(self.reset_demo_action)  # its backup could not be written beside it either
        buttons = [self.panel.buttons[action_id] for action_id in ("accept", "reject", "edit", "save_edit", "skip")]
        widgets = [*buttons, self.panel.note, *(check for _, check in self.panel.reason_checks), self.rewriter_dock]
        self.read_only_mode.apply(self.project, actions, widgets)

    # -- project ---------------------------------------------------------------------------

    def open_project(self, path: Path) -> None:
        backup: Path | None = None

        def upgrading(_version: int, backup_path: Path) -> None:  # say why the window is busy
            nonlocal backup
            backup = backup_path
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.statusBar().showMessage(self.tr("Upgrading the project from an older version…"))
            # Paint the message, but take no input while the project is half open.
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        try:
            project = Project.open(path, on_upgrade=upgrading)
        finally:
            if backup is not None:
                QApplication.restoreOverrideCursor()
                self.statusBar().clearMessage()
        self.close_project()
        self.project = project
        reasons = review_reasons(project)
        self.panel.set_reasons(reasons)
        self.queue.set_project(project, reasons)
        self.controller = ReviewController(project, self.reviewer, self.queue, self.panel)
        self.controller.decided.connect(self._on_decided)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.controller.hunk_clicked.connect(lambda: self._call("toggle_hunk"))
        runner = self.rewriter_dock.set_project(project, self.controller)
        self.candidates = CandidateController(self.controller, runner, self.rewriter_dock.panel.order)
        self.candidates.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.candidates.need_model.connect(self.rewriter_dock.show)
        self._done, self._total = progress(project)
        self._set_review_enabled(True)
        self._apply_read_only()
        self.reset_demo_action.setVisible(is_demo(project.path))
        self._show_title()
        self._show_progress()
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("Project upgraded; the old file is kept as {name}").format(name=backup.name)
            )
        self._go_to_start()

    def _go_to_start(self) -> None:
        """The newest recovered draft (the edit in progress when the app stopped), else
        where this reviewer left off, else the first passage."""
        drafts = drafts_of(self.project, self.reviewer)  # oldest first
        target = drafts[-1].passage_id if drafts else last_position(self.project, self.reviewer)
        if target is None or not self.queue.select_passage(target):
            self.queue.select_row(0)
        if drafts:
            self.statusBar().showMessage(self.tr("{count} unsaved edits were recovered").format(count=len(drafts)))

    def close_project(self) -> None:
        # A running import is left to finish: it has its own connection and dialog.
        self.rewriter_dock.close_project()
        self.candidates = None  # a child of the controller
        if self.controller is not None:
            self.controller.shutdown()
            self.controller.deleteLater()
            self.controller = None
        if self.project is not None:
            self.project.close()
            self.project = None

    def _on_decided(self, passage_id: int, decision: str, before: str) -> None:
        # Counted incrementally: an exact recount is a scan on a large project.
        self._done += (decision in DONE_DECISIONS) - (before in DONE_DECISIONS)
        self._show_progress()

    def _recount(self) -> None:
        if self.project is not None:
            self._done, self._total = progress(self.project)
            self._show_progress()

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("aligner projects (*.aligner);;All files (*)")
        )
        if name:
            try:
                self.open_project(Path(name))
            except AlignerError as exc:
                warn(self, self.tr("Cannot open project"), str(exc))

    def _ask_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            "",
            self.tr("aligner projects (*.aligner)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing project is never replaced
        )
        if not name:
            return
        path = Path(name) if name.endswith(".aligner") else Path(name + ".aligner")
        if path.exists():
            warn(
                self,
                self.tr("New project"),
                self.tr("{path} already exists. Open it with File ▸ Open project.").format(path=path),
            )
            return
        try:
            Project.create(path).close()
            self.open_project(path)
        except (AlignerError, OSError) as exc:
            warn(self, self.tr("New project"), str(exc))
            return
        self.import_passages()

    # -- import ----------------------------------------------------------------------------

    def import_passages(self, paths: list[Path] | None = None) -> ImportDialog | None:
        """Open the import dialog (one per window), with ``paths`` already listed."""
        if self.project is None:
            self.statusBar().showMessage(self.tr("Open or create a project first"), 5000)
            return None
        if self.project.read_only:
            self.statusBar().showMessage(str(self.project.read_only_error()), 8000)
            return None
        dialog = self.import_dialog
        if dialog is not None and dialog.project_path != self.project.path:
            if dialog.running:  # one import at a time; it belongs to the project opened before
                self.statusBar().showMessage(
                    self.tr("An import into {name} is still running").format(name=dialog.project_path.name), 8000
                )
                return None
            dialog.deleteLater()
            dialog = None
        if dialog is None:
            dialog = self.import_dialog = ImportDialog(self.project.path, self)
            dialog.finished_import.connect(lambda count: self._after_import(dialog, count))
        dialog.present(paths or [])
        return dialog

    def _after_import(self, dialog: ImportDialog, imported: int) -> None:
        if self.project is None or self.project.path != dialog.project_path:
            dialog.retire()  # another project is open now: no more imports from it
            return
        if imported:
            self.queue.apply_filter()  # the new passages join the queue; the current one stays
            self._recount()
        self.statusBar().showMessage(self.tr("{count} passages imported").format(count=imported), 8000)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """A dropped project opens; dropped files go to the import dialog."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if len(paths) == 1 and paths[0].suffix == ".aligner":
            try:
                self.open_project(paths[0])
            except AlignerError as exc:
                warn(self, self.tr("Cannot open project"), str(exc))
        elif paths:
            self.import_passages(paths)
        event.acceptProposedAction()

    def _show_title(self) -> None:
        name = self.project.path.name if self.project else self.tr("no project")
        if self.project is not None and self.project.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name} — aligner_gui")

    def _show_progress(self) -> None:
        rate = self.controller.items_per_hour() if self.controller else 0.0
        session = self.controller.session_decisions if self.controller else 0
        self.progress.setText(
            self.tr("{done} / {total} reviewed · {session} this session ({rate:.0f} per hour) · {reviewer}").format(
                done=self._done, total=self._total, session=session, rate=rate, reviewer=self.reviewer
            )
        )

    # -- settings ----------------------------------------------------------------------------

    def _edit_keys(self) -> None:
        dialog = KeysDialog(self)
        if dialog.exec():
            save_keys(dialog.bindings())
            apply_keys(self.actions)
            if self.project is not None:
                self._apply_read_only()  # the keys that say why they do nothing
            self._refresh_legend()

    def _edit_reasons(self) -> None:
        if self.project is None:
            return
        current = "\n".join(f"{code} = {label}" for code, label in review_reasons(self.project))
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reasons"), self.tr("One reason per line, as: code = label"), current
        )
        if not ok:
            return
        reasons = []
        for line in text.splitlines():
            code, _, label = line.partition("=")
            if code.strip():
                reasons.append((code.strip(), label.strip() or code.strip()))
        set_review_reasons(self.project, reasons)
        self.panel.set_reasons(reasons)
        self.queue.set_project(self.project, reasons)

    def _set_language(self, language: str) -> None:
        QSettings().setValue("language", language)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language applies when aligner_gui is started again.")
        )

    def _edit_reviewer(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Reviewer"), self.tr("Your name, as recorded with each decision:"), text=self.reviewer
        )
        if ok and name.strip():
            QSettings().setValue("reviewer", name.strip())
            self.reviewer = name.strip()
            if self.project is not None:
                self.open_project(self.project.path)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About aligner_gui"),
            self.tr("aligner_gui {version}\nReview and curate rewrites of Arabic pretraining text.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        if self.import_dialog is not None:  # stops after the passages being written
            self.import_dialog.shutdown()
        self.close_project()
        super().closeEvent(event)
