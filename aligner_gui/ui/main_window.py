"""The main window: the queue beside the review panel, menus, and the status bar.

Layout and actions only: the open project and everything that works on it belong to
the session (ui.session); the window turns actions into the session's handlers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aligner_gui import __version__
from aligner_gui.core.review.decisions import review_reasons
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.actions import PASSAGE_ACTIONS, SHOWN_STATES, WRITING_ACTIONS, ActionId
from aligner_gui.ui.common.i18n import counted, isolated, number
from aligner_gui.ui.common.keyboard_layouts import watch_text_fields
from aligner_gui.ui.common.keys import (
    REASON_KEYS,
    KeysDialog,
    apply_keys,
    build_actions,
    legend,
    save_keys,
    shortcuts_for,
)
from aligner_gui.ui.common.message_box import warn
from aligner_gui.ui.common.read_only_mode import ReadOnlyMode
from aligner_gui.ui.common.settings import recent_projects, remember_project, save_language, save_reviewer
from aligner_gui.ui.demo_project import is_demo, reset_demo
from aligner_gui.ui.export.dialog import ExportDialog
from aligner_gui.ui.flags.thresholds_dialog import ThresholdsDialog
from aligner_gui.ui.guidelines.dock import GuidelinesDock, beside_the_passage
from aligner_gui.ui.help.guide import GuideDialog
from aligner_gui.ui.help.shortcuts import ShortcutSheet
from aligner_gui.ui.importing.dialog import ImportDialog
from aligner_gui.ui.project_files import ask_import, ask_new, ask_open, dropped, open_demo, open_recent
from aligner_gui.ui.queue.panel import QueuePanel
from aligner_gui.ui.reasons.dialog import ReasonsDialog
from aligner_gui.ui.review.panel import ReviewPanel
from aligner_gui.ui.rewriter.dock import RewriterDock
from aligner_gui.ui.session import Session
from aligner_gui.ui.welcome.screen import WelcomeScreen

LEGEND_ACTIONS = [
    ActionId.ACCEPT,
    ActionId.REJECT,
    ActionId.EDIT,
    ActionId.SKIP,
    ActionId.NEXT,
    ActionId.PREVIOUS,
    ActionId.TOGGLE_HUNK,
    ActionId.NEXT_HUNK,
    ActionId.UNDO,
    ActionId.REGENERATE,
    ActionId.SEARCH,
    ActionId.LEAVE_EDIT,
]


# Actions the window handles itself; every other one goes to the session.
_WINDOW_ACTIONS = frozenset(
    {
        ActionId.NEXT,
        ActionId.PREVIOUS,
        ActionId.SEARCH,
        ActionId.NOTE,
        ActionId.ZOOM_IN,
        ActionId.ZOOM_OUT,
        ActionId.LEAVE_EDIT,
        ActionId.NEXT_PENDING,
        *SHOWN_STATES,
    }
)


class MainWindow(QMainWindow):
    def __init__(self, reviewer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewer = reviewer.strip()  # empty: the welcome screen asks before a project opens
        self._waiting: Path | None = None  # a project asked for before the name was given
        self.session: Session | None = None
        self._unsaved = 0
        self._passage_actions_on = False  # the actions on a passage: off while none is shown
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.queue = QueuePanel()
        self.panel = ReviewPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([430, 970])
        if self.isRightToLeft():
            # Right to left, QSplitter places its first widget one pixel past its right
            # edge: the queue keeps that pixel empty, and its frame shows whole.
            self.queue.setContentsMargins(0, 0, 1, 0)
        self.read_only_mode = ReadOnlyMode(self)
        self.read_only_mode.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_mode.banner)
        layout.addWidget(splitter, 1)
        self.welcome = self._build_welcome()
        self.pages = QStackedWidget()  # the welcome screen while no project is open
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)
        self.rewriter_dock = RewriterDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.rewriter_dock)
        self.rewriter_dock.hide()
        self.rewriter_dock.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.guidelines_dock = GuidelinesDock(self)
        self.addDockWidget(beside_the_passage(self), self.guidelines_dock)
        self.guidelines_dock.hide()
        self.shortcut_sheet: ShortcutSheet | None = None
        self.guide: GuideDialog | None = None
        self.progress = QLabel()
        self.statusBar().addPermanentWidget(self.progress)
        self.actions = build_actions(self)
        self._reason_actions = self._build_reason_actions()
        self._build_menus()
        self._connect_buttons()
        self._refresh_legend()
        self._show_welcome()
        self.setAcceptDrops(True)
        watch_text_fields(self)  # Ctrl+C, Ctrl+Z… in text fields on the Arabic layout too

    def _build_welcome(self) -> WelcomeScreen:
        welcome = WelcomeScreen()
        welcome.set_reviewer(self.reviewer)
        welcome.reviewer_changed.connect(self._set_reviewer)
        welcome.language_chosen.connect(save_language)
        welcome.open_requested.connect(lambda path: open_recent(self, path))
        welcome.new_requested.connect(self._ask_new)
        welcome.open_other_requested.connect(self._ask_open)
        welcome.demo_requested.connect(lambda: open_demo(self))
        welcome.import_requested.connect(lambda: ask_import(self))
        return welcome

    # -- menus and keys -----------------------------------------------------------------

    def _build_reason_actions(self) -> list[QAction]:
        actions = []
        for reason_number, key in enumerate(REASON_KEYS, start=1):
            action = QAction(self.tr("Toggle reason {number}").format(number=reason_number), self)
            action.setShortcuts(shortcuts_for(key))
            action.triggered.connect(lambda _=False, n=reason_number: self.panel.toggle_reason(n))
            self.addAction(action)
            actions.append(action)
        return actions

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New project…"), self._ask_new, QKeySequence.StandardKey.New)
        self._add(file_menu, self.tr("&Open project…"), self._ask_open, QKeySequence.StandardKey.Open)
        self._add(file_menu, self.tr("Open the &demo"), lambda: open_demo(self))
        self.close_action = self._add(file_menu, self.tr("&Close project"), self._close_to_welcome, "Ctrl+W")
        self.import_action = self._add(file_menu, self.tr("&Import passages…"), self.import_passages, "Ctrl+I")
        self.export_action = self._add(file_menu, self.tr("&Export…"), self.export_curated, "Ctrl+Shift+E")
        # Only on the demo: on another project it would read as resetting that project.
        self.reset_demo_action = self._add(file_menu, self.tr("&Reset demo project…"), lambda: reset_demo(self))
        self.reset_demo_action.setVisible(False)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        review = self.menuBar().addMenu(self.tr("&Review"))
        a = self.actions
        for group in (
            (ActionId.ACCEPT, ActionId.REJECT, ActionId.EDIT, ActionId.SAVE_EDIT, ActionId.SKIP, ActionId.LEAVE_EDIT),
            (
                ActionId.NEXT,
                ActionId.PREVIOUS,
                ActionId.NEXT_PENDING,
                ActionId.NEXT_HUNK,
                ActionId.PREVIOUS_HUNK,
                ActionId.TOGGLE_HUNK,
                ActionId.REMOVE_ADDITION,
                ActionId.SPLIT_HUNK,
                ActionId.FROM_ORIGINAL,
            ),
            (ActionId.UNDO, ActionId.REDO, ActionId.SEARCH, ActionId.NOTE),
        ):
            if group[0] != ActionId.ACCEPT:
                review.addSeparator()
            for action_id in group:
                review.addAction(a[action_id])
        review.addSeparator()
        shown = review.addMenu(self.tr("Filter by &state"))
        for action_id in SHOWN_STATES:
            shown.addAction(a[action_id])

        review.addSeparator()
        self.bulk_accept_action = self._add(review, self.tr("Accept in &bulk…"), lambda: self._ask_bulk("accepted"))
        self.bulk_reject_action = self._add(review, self.tr("Reject in b&ulk…"), lambda: self._ask_bulk("rejected"))

        rewrite = self.menuBar().addMenu(self.tr("Re&write"))
        panel_action = self.rewriter_dock.toggleViewAction()
        panel_action.setText(self.tr("Rewriter &panel"))
        panel_action.setShortcuts(shortcuts_for("Ctrl+Shift+R"))
        rewrite.addAction(panel_action)
        for action_id in (ActionId.REGENERATE, ActionId.NEXT_CANDIDATE, ActionId.PREVIOUS_CANDIDATE):
            rewrite.addAction(a[action_id])
        self.edit_prompts_action = self._add(rewrite, self.tr("E&dit prompts…"), self.rewriter_dock.edit_prompts)

        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(a[ActionId.ZOOM_IN])
        view.addAction(a[ActionId.ZOOM_OUT])
        view.addSeparator()
        guidelines_action = self.guidelines_dock.toggleViewAction()
        guidelines_action.setText(self.tr("Review &guidelines"))
        guidelines_action.setShortcuts(shortcuts_for("Ctrl+Shift+G"))
        view.addAction(guidelines_action)

        settings = self.menuBar().addMenu(self.tr("&Settings"))
        self._add(settings, self.tr("&Keys…"), self._edit_keys)
        self.edit_reasons_action = self._add(settings, self.tr("&Reasons…"), self._edit_reasons)
        self.flag_thresholds_action = self._add(settings, self.tr("&Flag thresholds…"), self._edit_flag_thresholds)
        self._add(settings, self.tr("Reviewer &name…"), self._edit_reviewer)
        language = settings.addMenu(self.tr("&Language"))
        self._add(language, "English", lambda: self._set_language("en"))
        self._add(language, "العربية", lambda: self._set_language("ar"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        self._add(help_menu, self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        help_menu.addSeparator()
        self._add(help_menu, self.tr("&About aligner_gui"), self._about)

        a[ActionId.NEXT].triggered.connect(lambda: self.queue.step(1))
        a[ActionId.PREVIOUS].triggered.connect(lambda: self.queue.step(-1))
        a[ActionId.SEARCH].triggered.connect(self._focus_search)
        a[ActionId.NOTE].triggered.connect(lambda: self.panel.note.setFocus())
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.panel.zoom(1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.panel.zoom(-1))
        a[ActionId.LEAVE_EDIT].triggered.connect(self._escape)
        a[ActionId.NEXT_PENDING].triggered.connect(self.queue.go_to_next_pending)
        for action_id, state in SHOWN_STATES.items():
            a[action_id].triggered.connect(lambda _=False, state=state: self.queue.show_state(state))
        self.queue.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.queue.selected.connect(lambda _passage_id: self._set_passage_actions(True))
        for action_id, action in a.items():
            if action_id not in _WINDOW_ACTIONS:
                action.triggered.connect(lambda _=False, action_id=action_id: self._trigger(action_id))

    def _add(self, menu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcuts_for(shortcut))  # on the Arabic layout too
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect_buttons(self) -> None:
        for action_id, button in self.panel.buttons.items():
            button.clicked.connect(self.actions[action_id].trigger)

    def _trigger(self, action_id: ActionId) -> None:
        if self.session is not None:
            self.session.trigger(action_id)

    def _edit_flag_thresholds(self) -> None:
        if self.session is not None:
            ThresholdsDialog(self.session.ops, self.session.flag_checker, self).open()

    def _ask_bulk(self, decision: str) -> None:
        if self.session is not None:
            self.session.bulk.ask(decision)

    def _escape(self) -> None:
        if self.session is None or not self.session.escape():
            self.queue.table.setFocus()

    def _focus_search(self) -> None:
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def _refresh_legend(self) -> None:
        reasons = (f"{REASON_KEYS[0]}–{REASON_KEYS[-1]}", self.tr("reasons"))
        self.panel.legend.show_keys([*legend(self.actions, LEGEND_ACTIONS), reasons])

    def _set_review_enabled(self, enabled: bool) -> None:
        for action in [*self.actions.values(), *self._reason_actions]:
            action.setEnabled(enabled)
        for button in self.panel.buttons.values():
            button.setEnabled(enabled)
        self.import_action.setEnabled(enabled)
        self.export_action.setEnabled(enabled)
        self.close_action.setEnabled(enabled)
        self.bulk_accept_action.setEnabled(enabled)
        self.flag_thresholds_action.setEnabled(enabled)
        self.bulk_reject_action.setEnabled(enabled)
        self.panel.note.setEnabled(enabled)
        self._passage_actions_on = enabled

    def _set_passage_actions(self, on: bool) -> None:
        """The actions on a passage work only while one is shown: off on a project without
        passages, on again when an import brings its first (the queue selects it)."""
        if on == self._passage_actions_on or self.session is None:
            return
        self._passage_actions_on = on
        for item in [*(self.actions[a] for a in PASSAGE_ACTIONS), *self._reason_actions, *self.panel.buttons.values()]:
            item.setEnabled(on)
        for widget in [self.panel.note, *self.panel.reason_boxes()]:
            widget.setEnabled(on)
        if on:
            self._apply_read_only()  # what a read-only project keeps off
            save_edit = self.panel.buttons["save_edit"]
            save_edit.setEnabled(save_edit.isEnabled() and self.session.review.editing)

    def _apply_read_only(self) -> None:
        """A read-only project: the banner, and every writing action off (after
        _set_review_enabled, which turns them all on)."""
        actions = [self.actions[action_id] for action_id in WRITING_ACTIONS]
        actions += [*self._reason_actions, self.import_action, self.edit_prompts_action, self.edit_reasons_action]
        actions += [self.bulk_accept_action, self.bulk_reject_action, self.flag_thresholds_action]
        actions.append(self.reset_demo_action)  # its backup could not be written beside it either
        buttons = [self.panel.buttons[action_id] for action_id in ("accept", "reject", "edit", "save_edit", "skip")]
        widgets = [*buttons, self.panel.note, *self.panel.reason_boxes(), self.rewriter_dock]
        self.read_only_mode.apply(self.session.project, actions, widgets)

    # -- project ---------------------------------------------------------------------------

    def open_project(self, path: Path) -> None:
        """Open the project at ``path`` in place of the one open; without a reviewer name
        the welcome screen asks for it first, and opens ``path`` once it is given."""
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
        if self.refuse_without_reviewer(path):  # after opening: a file that is no project is said at once
            project.close()
            return
        self.close_project()
        self.session = session = Session(project, self.reviewer, self.queue, self.panel, self.rewriter_dock)
        session.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        session.counts_changed.connect(self._show_progress)
        session.unsaved_changed.connect(self._on_unsaved)
        self.guidelines_dock.set_project(session.ops)
        self._waiting = None
        remember_project(project.path)
        self.pages.setCurrentIndex(1)
        self._set_review_enabled(True)
        self._apply_read_only()
        self.reset_demo_action.setVisible(is_demo(project.path))
        self._show_title()
        self._show_progress()
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("Project upgraded; the old file is kept as {name}").format(name=isolated(backup.name))
            )
        self._go_to_start()
        self._set_passage_actions(self.queue.current_passage() is not None)

    def _go_to_start(self) -> None:
        recovered = self.session.go_to_start()
        if recovered:
            self.statusBar().showMessage(counted(self.tr("%Ln unsaved edits were recovered", "", recovered), recovered))

    @property
    def project(self) -> Project | None:
        return self.session.project if self.session is not None else None

    def close_project(self, wait_for_jobs: bool = False) -> None:
        """Close the session and show the welcome screen. An import still running is
        left to finish (its dialog shows how it ends) unless ``wait_for_jobs``."""
        if self.session is None:
            return
        if self.export_dialog is not None:  # it reads this project: stopped, nothing left of it
            self.export_dialog.cancel_export()
        self.guidelines_dock.close_project()  # what was typed goes to the writer before it stops
        session, self.session = self.session, None
        unsaved = session.close(wait_for_jobs)
        session.deleteLater()
        self._unsaved = 0
        self._show_welcome()
        if unsaved:  # said, never dropped silently
            warn(
                self,
                self.tr("Decisions not saved"),
                counted(
                    self.tr("%Ln decision(s) could not be saved to {name}; the status bar said why.", "", unsaved),
                    unsaved,
                ).format(name=isolated(session.path.name)),
            )

    def _on_unsaved(self, count: int) -> None:
        self._unsaved = count
        self._show_progress()

    def _close_to_welcome(self) -> None:
        self.close_project()
        self.rewriter_dock.hide()  # it belongs to the project; opening another keeps it

    def _ask_open(self) -> None:
        ask_open(self)

    def _ask_new(self) -> None:
        ask_new(self)

    # -- no project: the welcome screen ------------------------------------------------------

    def _show_welcome(self) -> None:
        self._set_review_enabled(False)
        self.reset_demo_action.setVisible(False)
        self._show_title()
        self._show_progress()
        self.welcome.show_projects(recent_projects(), self._waiting)
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.focus_first()

    def refuse_without_reviewer(self, path: Path | None = None) -> bool:
        """True while no reviewer name is given: the welcome screen says so and asks;
        ``path`` waits there, to be opened once the name is given."""
        if self.reviewer:
            return False
        if path is not None:
            self._waiting = path
        self._show_welcome()
        self.welcome.ask_for_name(self.tr("Enter your name first: it is recorded with each decision."))
        return True

    def _set_reviewer(self, name: str) -> None:
        """The name typed on the welcome screen (no project is open), kept in the settings."""
        self.reviewer = name
        save_reviewer(name)

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
                    self.tr("An import into {name} is still running").format(name=isolated(dialog.project_path.name)),
                    8000,
                )
                return None
            dialog.deleteLater()
            dialog = None
        if dialog is None:
            dialog = self.import_dialog = ImportDialog(self.session.ops, self)
            dialog.finished_import.connect(lambda count: self._after_import(dialog, count))
        dialog.present(paths or [])
        return dialog

    def export_curated(self) -> ExportDialog | None:
        """File ▸ Export…: the dialog for the open project (a new one per project)."""
        if self.session is None:
            self.statusBar().showMessage(self.tr("Open or create a project first"), 5000)
            return None
        dialog = self.export_dialog
        if dialog is None or dialog.ops is not self.session.ops:
            if dialog is not None and not dialog.running:
                dialog.deleteLater()
            dialog = self.export_dialog = ExportDialog(self.session.ops, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _after_import(self, dialog: ImportDialog, imported: int) -> None:
        if self.project is None or self.project.path != dialog.project_path:
            dialog.retire()  # another project is open now: no more imports from it
            return
        self.statusBar().showMessage(counted(self.tr("%Ln passage(s) imported", "", imported), imported), 8000)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """A dropped project opens; dropped files go to the import dialog."""
        event.acceptProposedAction()
        dropped(self, [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])

    def _show_title(self) -> None:
        name = self.project.path.name if self.project else self.tr("no project")
        if self.project is not None and self.project.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name} — aligner_gui")

    def _show_progress(self) -> None:
        session = self.session
        if session is None:
            self.progress.clear()
            return
        made, rate = session.pace()
        text = self.tr("{done} / {total} reviewed · {session} this session ({rate} per hour) · {reviewer}").format(
            done=number(session.done),
            total=number(session.total),
            session=number(made),
            rate=number(round(rate)),
            reviewer=isolated(self.reviewer),
        )
        if self._unsaved:
            text += " · " + self.tr("{count} not saved yet").format(count=number(self._unsaved))
        self.progress.setText(text)

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
        current = [tuple(reason) for reason in review_reasons(self.project)]
        dialog = ReasonsDialog(current, self)
        if dialog.exec() and dialog.reasons() != current:
            self.session.set_reasons(dialog.reasons())
        dialog.deleteLater()

    def _set_language(self, language: str) -> None:
        save_language(language)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language applies when aligner_gui is started again.")
        )

    def _edit_reviewer(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Reviewer"), self.tr("Your name, as recorded with each decision:"), text=self.reviewer
        )
        if ok and name.strip():
            save_reviewer(name)
            self.reviewer = name.strip()
            self.welcome.set_reviewer(self.reviewer)
            if self.project is not None:
                self.open_project(self.project.path)

    def show_shortcuts(self) -> ShortcutSheet:
        if self.shortcut_sheet is None:
            self.shortcut_sheet = ShortcutSheet(self, self.actions.values())
        self.shortcut_sheet.present()
        return self.shortcut_sheet

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.present()
        return self.guide

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
        self.close_project(wait_for_jobs=True)
        super().closeEvent(event)
