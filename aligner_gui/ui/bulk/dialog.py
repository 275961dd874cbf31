"""The confirmation of a bulk decision: on the queue's selection or its whole filtered
list, with how many passages it decides and how many decided ones it leaves alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QRadioButton, QVBoxLayout, QWidget

from aligner_gui.core.review.bulk import BulkPreview, BulkSelection, preview_bulk
from aligner_gui.core.review.queue import QueueFilter
from aligner_gui.ui.common.i18n import counted, number
from aligner_gui.ui.common.project_ops import ProjectOps


class BulkDialog(QDialog):
    def __init__(
        self,
        ops: ProjectOps,
        decision: str,
        selected: tuple[int, ...],
        listed: tuple[int, bool],  # passages listed, and whether a search may match more
        queue_filter: QueueFilter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.decision = decision
        self._selected, self._filter = selected, queue_filter
        self.preview: BulkPreview | None = None
        self._asked = 0
        accepting = decision == "accepted"
        self.setWindowTitle(self.tr("Accept in bulk") if accepting else self.tr("Reject in bulk"))
        self.on_selection = QRadioButton(
            counted(self.tr("The %Ln passage(s) selected in the list", "", len(selected)), len(selected))
        )
        count, more = listed
        if more:
            on_list = self.tr("Every passage in the list as filtered ({count}+)")
        else:
            on_list = self.tr("Every passage in the list as filtered ({count})")
        self.on_list = QRadioButton(on_list.format(count=number(count)))
        self.on_selection.setEnabled(len(selected) > 1)
        (self.on_selection if len(selected) > 1 else self.on_list).setChecked(True)
        self.counts = QLabel(self.tr("Counting…"))
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Only passages with a rewrite that nobody has decided are recorded, each as an ordinary"
                " decision by you, marked as bulk. Passages already decided keep their decision."
                " One Undo takes the whole batch back."
            )
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (self.on_selection, self.on_list, self.counts, explanation, self.buttons):
            layout.addWidget(widget)
        # Wrapped text sets the height for a width: the dialog is sized by its layout, and
        # grows when the counts arrive, so no line is cut off at the bottom.
        for label in (self.counts, explanation):
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 55)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.on_selection.toggled.connect(self._count)
        self.finished.connect(self._stop_counting)
        self._count()

    def selection(self) -> BulkSelection:
        ids = self._selected if self.on_selection.isChecked() else None
        return BulkSelection(passage_ids=ids, queue_filter=self._filter)

    def _count(self) -> None:
        self.ok.setEnabled(False)
        self._asked += 1
        asked, selection = self._asked, self.selection()
        self.ops.read(lambda project: preview_bulk(project, selection), lambda p: self._on_counted(asked, p))

    def _stop_counting(self) -> None:
        """Answered: a count still on its way finds the dialog gone (deleted), and is dropped."""
        self._asked += 1

    def _on_counted(self, asked: int, preview: BulkPreview) -> None:
        if asked != self._asked:
            return
        self.preview = preview
        touched, decided = preview.touched, preview.already_decided
        if self.decision == "accepted":
            deciding = self.tr("To be accepted: %Ln passage(s).", "", touched)
        else:
            deciding = self.tr("To be rejected: %Ln passage(s).", "", touched)
        left_alone = self.tr("Left alone, as decided already: %Ln passage(s).", "", decided)
        self.counts.setText(counted(deciding, touched) + " " + counted(left_alone, decided))
        label = self.tr("Accept {count}") if self.decision == "accepted" else self.tr("Reject {count}")
        self.ok.setText(label.format(count=number(touched)))
        self.ok.setEnabled(preview.touched > 0)
