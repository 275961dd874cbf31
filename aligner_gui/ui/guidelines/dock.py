"""View ▸ Review guidelines: the project's guidelines beside the passage, as plain text.

Edits are saved to the project a moment after typing stops, when the panel is hidden and
when the project closes, as an op on the writer. In a read-only project they can be read,
not changed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QTextEdit, QVBoxLayout, QWidget

from aligner_gui.core.review.guidelines import guidelines, set_guidelines
from aligner_gui.ui.common.fonts import passage_font
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.common.project_ops import ProjectOps, failure_text

SAVE_AFTER_MS = 800  # after the last key typed
FONT_POINT_SIZE = 12


def beside_the_passage(window: QWidget) -> Qt.DockWidgetArea:
    """The dock area next to the review panel: the right, or the left when mirrored (a
    main window does not mirror its dock areas, and in Arabic the queue is on the right)."""
    if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.LeftDockWidgetArea
    return Qt.DockWidgetArea.RightDockWidgetArea


class GuidelinesEditor(QTextEdit):
    """A QTextEdit whose placeholder wraps over as many lines as the panel's width needs.

    Qt 6 draws a QTextEdit's placeholder in the empty document's frame, one line high, and
    cuts it after its first line: this editor keeps the placeholder itself and draws it over
    the whole viewport, word-wrapped, at the start of the interface's direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        self._composing = False  # an input method's preedit text: no placeholder under it

    def placeholderText(self) -> str:
        return self._placeholder

    def setPlaceholderText(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def placeholder_rect(self) -> QRectF:
        """Where the placeholder is drawn, wrapped to this rectangle's width."""
        margin = self.document().documentMargin()
        return QRectF(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._placeholder or not self.document().isEmpty() or self._composing:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        flags = Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self.placeholder_rect(), int(flags), self._placeholder)
        painter.end()


class GuidelinesDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review guidelines"), parent)
        self.setObjectName("guidelines-dock")
        # A QTextEdit, not a QPlainTextEdit: its layout aligns each paragraph at the start of
        # the paragraph's own direction, so Arabic lines sit at the right and English ones at
        # the left, in either interface language. Plain text only: whatever is typed or
        # pasted is never read as HTML.
        self.editor = GuidelinesEditor()
        self.editor.setAcceptRichText(False)
        self.editor.setTabChangesFocus(True)
        self.editor.setFont(passage_font(FONT_POINT_SIZE))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a path
        self.status.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self.setWidget(body)
        self.ops: ProjectOps | None = None
        self._sent: str | None = ""  # the text loaded or last sent to the writer
        self._writing = 0  # saves sent and not answered yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._on_edited)
        self.visibilityChanged.connect(self._on_visibility)
        self._show_no_project()

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_project(self, ops: ProjectOps) -> None:
        self.close_project()
        self.ops = ops
        self._load()
        self.editor.setEnabled(True)
        self.editor.setReadOnly(ops.read_only)
        if ops.read_only:
            self.editor.setPlaceholderText(self.tr("This project has no review guidelines."))
            self.status.setText(self.tr("The project is read-only: its guidelines can be read, not changed."))
        else:
            self.editor.setPlaceholderText(
                self.tr(
                    "Write here what reviewers of this project should accept, edit or reject. It is saved"
                    " in the project as you type."
                )
            )
            self.status.clear()

    def close_project(self) -> None:
        """Send what was typed and not saved yet, then let the project go."""
        if self.ops is None:
            return
        self.save()
        self.ops = None
        self._show_no_project()

    def save(self) -> None:
        self._timer.stop()
        if self.ops is None or self.ops.read_only or self.text == self._sent:
            return
        text = self._sent = self.text
        self._writing += 1
        self.status.setText(self.tr("Saving…"))
        self.ops.write(
            lambda project: set_guidelines(project, text),
            lambda _kept: self._on_saved(text),
            self._on_failed,
            name="set guidelines",
        )

    # -- internals ---------------------------------------------------------------------------

    def _load(self) -> None:
        # One row of project_info: a read of a few milliseconds on the GUI thread's connection.
        self._sent = guidelines(self.ops.project)
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._sent)
        self.editor.blockSignals(False)

    def _show_no_project(self) -> None:
        self._timer.stop()
        self._sent, self._writing = "", 0
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.setEnabled(False)
        self.editor.setPlaceholderText(self.tr("Open a project to see its review guidelines."))
        self.status.clear()

    def _on_edited(self) -> None:
        if self.ops is not None and not self.ops.read_only:
            self._timer.start()

    def _on_visibility(self, visible: bool) -> None:
        if not visible:
            self.save()
        elif self.ops is not None and not self._writing and self.text == self._sent:
            self._load()  # set meanwhile from the command line, or by another reviewer

    def _on_saved(self, text: str) -> None:
        self._writing -= 1
        if self.text == text:
            self.status.setText(self.tr("Saved in the project."))

    def _on_failed(self, exc: Exception) -> None:
        self._writing -= 1
        self._sent = None  # differs from any text: the next edit, hide or close tries again
        self.status.setText(self.tr("Not saved: {reason}").format(reason=isolated(failure_text(exc))))
