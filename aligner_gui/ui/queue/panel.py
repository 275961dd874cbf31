"""The queue panel: filters, search and the table of passages.

Filtering a large project can take a moment, so the matching ids are computed by a read
op on the session's reader; the newest request wins. Rows follow the change notices.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.core.review.queue import (
    SEARCH_BATCH,
    STATES,
    QueueFilter,
    SearchIds,
    next_pending,
    queue_ids,
    reviewers,
    search_batch,
)
from aligner_gui.ui.common.flag_labels import FLAG_LABELS, flag_filter_combo, flag_label
from aligner_gui.ui.common.i18n import counted, isolated
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.common.reason_labels import reason_label
from aligner_gui.ui.common.states import state_label
from aligner_gui.ui.queue.model import QueueModel
from aligner_gui.ui.queue.table import QueueTable

LENGTH_SAMPLE = 99_999  # the length column is as wide as this number
READ_AHEAD_ROWS = 100  # a search reads its next matches once the current row is this near the end


class QueuePanel(QWidget):
    selected = Signal(int)  # passage id
    filtered = Signal()  # a new list of ids is in place
    message = Signal(str)  # for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: QueueModel | None = None
        self.ops: ProjectOps | None = None
        self._generation = 0
        self._pending_select: int | None = None
        self._reading_more = False  # the next batch of a search's matches is being read

        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for state in STATES:
            self.state.addItem(state_label(state), state)
        self.reason = QComboBox()
        self.reviewer = QComboBox()
        self.flag = flag_filter_combo()
        self.worst_first = QCheckBox(self.tr("Worst first"))
        self.worst_first.setToolTip(self.tr("Order the list by the worst automatic flag, most likely wrong first"))
        self.worst_first.toggled.connect(self.apply_filter)
        self.search = QLineEdit()
        # Short enough to show whole in the field; the tooltip says the rest.
        self.search.setPlaceholderText(self.tr("Search (ال optional; word* for a prefix)…"))
        self.search.setToolTip(
            self.tr(
                "Tashkeel and alef forms are ignored. An Arabic word also finds it with ال and with و ف ب ك ل"
                " attached: جزيرة finds الجزيرة, والجزيرة, بالجزيرة, للجزيرة, وجزيرة. End a word with * to find"
                ' the words it begins (كتا*). Put words in "double quotes" to find them in a row.'
            )
        )
        self.search.setClearButtonEnabled(True)
        self._search_delay = QTimer(self, singleShot=True, interval=300)
        self._search_delay.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_delay.start)
        for combo in (self.state, self.reason, self.reviewer, self.flag):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.count = QLabel()  # how many passages are listed: "1,000+" while a search may match more

        self.table = QueueTable()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift, Ctrl) for a bulk decision; moving by key selects one again.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)

        filters = QHBoxLayout()
        for widget in (self.state, self.reason, self.reviewer):
            filters.addWidget(widget)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag, 1)
        flag_row.addWidget(self.worst_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(flag_row)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout.addLayout(search_row)
        layout.addWidget(self.table)

    def set_project(self, ops: ProjectOps | None, reasons: list[tuple[str, str]] = ()) -> None:
        """Show the queue of the project ``ops`` opens; None: no project."""
        self.ops = ops
        self._generation += 1
        if ops is None:
            self.table.setModel(None)
            self.model = None
            self.count.clear()
            return
        project = ops.project
        self.model = QueueModel(project, self)
        self.model.more_wanted.connect(self._read_more)
        self.table.setModel(self.model)
        every = queue_ids(project, QueueFilter())  # the unfiltered queue is a range of ids: built at once
        names = reviewers(project)
        self.table.set_samples(self._column_samples(every[-1] if len(every) else 0, names))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.set_reasons(reasons)
        self._fill_combo(self.reviewer, self.tr("Any reviewer"), [(r, r) for r in names])
        self._reset_boxes(order_too=True)  # what the boxes show is the list below
        self._search_delay.stop()
        self.model.set_ids(every)
        self._show_count()

    def _column_samples(self, last_id: int, names: list[str]) -> dict[int, list[str]]:
        """The widest texts the columns may show, known without reading the rows: the
        table sizes its columns from them (ui.queue.table)."""
        delegate, locale = self.table.itemDelegate(), self.table.locale()
        return {
            QueueModel.ID: [delegate.displayText(last_id, locale)],
            QueueModel.STATE: [state_label(state) for state in STATES],
            QueueModel.FLAGS: [flag_label(code) for code in FLAG_LABELS],
            QueueModel.REVIEWER: names,
            QueueModel.LENGTH: [delegate.displayText(LENGTH_SAMPLE, locale)],
        }

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.blockSignals(False)

    def current_filter(self) -> QueueFilter:
        state = self.state.currentData()
        return QueueFilter(
            states=frozenset({state}) if state else frozenset(),
            reason=self.reason.currentData(),
            reviewer=self.reviewer.currentData(),
            search=self.search.text(),
            flag=self.flag.currentData(),
            order="worst-first" if self.worst_first.isChecked() else "id",
        )

    def show_state(self, state: str | None) -> None:
        """List the passages in ``state`` (None: every state), as the state box would."""
        self.state.setCurrentIndex(max(self.state.findData(state), 0) if state is not None else 0)

    def go_to_next_pending(self) -> None:
        """Select the next pending passage after the current one (core.review.queue.next_pending),
        whatever the filters: when they hide it, they are cleared."""
        if self.ops is None:
            return
        after = self.current_passage() or 0
        # after_writes: the decision just made is no longer pending
        self.ops.read(lambda project: next_pending(project, after), self._on_next_pending, after_writes=True)

    def _on_next_pending(self, passage_id: int | None) -> None:
        if passage_id is None:
            self.message.emit(self.tr("No passage is pending"))
        elif not self.select_passage(passage_id):
            self._pending_select = passage_id  # selected once the cleared list is in
            self._clear_filters()
            self.message.emit(self.tr("Filters cleared to show the next pending passage"))

    def _clear_filters(self) -> None:
        """Every passage listed (the order is kept): one new list, not one per box."""
        self._reset_boxes(order_too=False)
        self._search_delay.stop()
        self.apply_filter()

    def _reset_boxes(self, order_too: bool) -> None:
        """Every filter box back to "all", without asking for a new list."""
        boxes = (self.state, self.reason, self.reviewer, self.flag, self.search, self.worst_first)
        for box in boxes:
            box.blockSignals(True)
        for combo in (self.state, self.reason, self.reviewer, self.flag):
            combo.setCurrentIndex(0)
        self.search.clear()
        if order_too:
            self.worst_first.setChecked(False)
        for box in boxes:
            box.blockSignals(False)

    def set_reasons(self, reasons: list[tuple[str, str]]) -> None:
        labelled = [(code, reason_label(code, label)) for code, label in reasons]
        self._fill_combo(self.reason, self.tr("Any reason"), labelled)

    def apply_filter(self) -> None:
        if self.ops is None:
            return
        self._generation += 1
        generation, queue_filter = self._generation, self.current_filter()
        self.ops.read(
            lambda project: queue_ids(project, queue_filter),
            lambda ids: self._on_ids(generation, ids),
            after_writes=True,  # the decisions just made count
        )

    def on_changed(self, changes: Changes) -> None:
        """A change notice: re-read the rows that changed; new passages join the list."""
        if self.model is None:
            return
        self.model.refresh_passages(changes.passages)
        if changes.new_passages or changes.all_passages:
            self.apply_filter()

    def _on_ids(self, generation: int, ids: Sequence[int]) -> None:
        if generation != self._generation or self.model is None:
            return
        keep = self.current_passage()
        self._reading_more = False
        self.model.set_ids(ids)
        self._show_count()
        self.filtered.emit()
        target = self._pending_select or keep
        self._pending_select = None
        if target is not None and self.model.row_of(target) is not None:
            self.select_passage(target)
        elif self.model.rowCount():
            self.select_row(0)

    def _read_more(self) -> None:
        """Read the next batch of the search's matches (the list reached its end)."""
        ids = self.model.ids if self.model is not None else None
        if self.ops is None or self._reading_more or not isinstance(ids, SearchIds) or not ids.more:
            return
        self._reading_more = True
        generation, queue_filter, after = self._generation, ids.queue_filter, ids.after
        self.ops.read(
            lambda project: search_batch(project, queue_filter, after),
            lambda result: self._on_more(generation, ids, *result),
        )

    def _on_more(self, generation: int, ids: SearchIds, batch: Sequence[int], more: bool) -> None:
        if generation != self._generation or self.model is None:
            return
        self._reading_more = False
        self.model.append_batch(ids, batch, more)
        self._show_count()

    def _show_count(self) -> None:
        if self.model is None:
            self.count.clear()
            return
        listed, more = self.model.rowCount(), self.model.has_more()
        text = self.tr("Passages: {count}+") if more else self.tr("Passages: {count}")
        self.count.setText(text.format(count=isolated(QLocale().toString(listed))))
        notes = [self.tr("More passages match: they are read as the list is scrolled to its end.")] if more else []
        if isinstance(self.model.ids, SearchIds) and (more or listed > SEARCH_BATCH) and self.worst_first.isChecked():
            notes.append(
                counted(self.tr("Worst first within each %Ln passage(s) read.", "", SEARCH_BATCH), SEARCH_BATCH)
            )
        self.count.setToolTip("\n".join(notes))

    # -- selection -----------------------------------------------------------------------

    def selected_passages(self) -> list[int]:
        """The passages of the selected rows, in list order."""
        if self.model is None:
            return []
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.passage_id(row) for row in rows]

    def listed_count(self) -> int:
        return self.model.rowCount() if self.model is not None else 0

    def more_listed(self) -> bool:
        return self.model is not None and self.model.has_more()

    def current_passage(self) -> int | None:
        index = self.table.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.passage_id(index.row())

    def select_row(self, row: int) -> None:
        """Make ``row`` the current row and the only one selected: a move by program (next,
        undo, after a decision) never extends the selection, even while Ctrl or Shift is
        held for its shortcut (the view would read them as a click's)."""
        if self.model is not None and 0 <= row < self.model.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def select_passage(self, passage_id: int) -> bool:
        row = self.model.row_of(passage_id) if self.model else None
        if row is None:
            return False
        self.select_row(row)
        return True

    def step(self, delta: int) -> bool:
        """Move the selection by ``delta`` rows; False at either end."""
        index = self.table.currentIndex()
        row = (index.row() if index.isValid() else -1) + delta
        if self.model is None or not 0 <= row < self.model.rowCount():
            return False
        self.select_row(row)
        return True

    def focus_list(self) -> None:
        self.table.setFocus()

    def upcoming(self, count: int) -> list[int]:
        """Ids of the next ``count`` passages after the current one, for prefetching."""
        index = self.table.currentIndex()
        if self.model is None or not index.isValid():
            return []
        last = min(self.model.rowCount(), index.row() + 1 + count)
        return [self.model.passage_id(row) for row in range(index.row() + 1, last)]

    def _on_current(self, current, _previous) -> None:  # noqa: ANN001 - Qt indexes
        if current.isValid() and self.model is not None:
            self.selected.emit(self.model.passage_id(current.row()))
            if current.row() >= self.model.rowCount() - READ_AHEAD_ROWS:
                self.model.fetchMore()  # a search's next matches, before the reviewer gets there
