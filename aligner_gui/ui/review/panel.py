"""The review panel's widgets: raw beside final text, toggles, reasons, note, buttons.

Only layout and rendering live here; what the keys and buttons do is in
review_controller.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.core.flags.store import StoredFlag
from aligner_gui.core.text.diff import WordDiff
from aligner_gui.ui.common.core_messages import flag_detail
from aligner_gui.ui.common.flag_labels import SEVERITY_BACKGROUNDS, flag_hint, flag_label, severity_label
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.common.key_legend import KeyLegend
from aligner_gui.ui.common.reason_labels import REASON_LABELS, reason_label
from aligner_gui.ui.common.settings import diff_option, save_diff_option
from aligner_gui.ui.review.diff_pane import ADDED, ADDED_MARK, REMOVED, REMOVED_MARK, BuiltText, DiffPane


class _Pane(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = QLabel(title)
        self.hint = QLabel()  # what to do when there is nothing to show here yet
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #eef3ff; color: #333; padding: 10px;")
        self.hint.hide()
        self.text = DiffPane()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.text)


class FlagStrip(QWidget):
    """The shown rewrite's automatic flags as chips, worst first; a click shows the evidence."""

    chosen = Signal(int)  # index of the flag clicked

    def __init__(self) -> None:
        super().__init__()
        self.caption = QLabel()
        self.chips: list[QToolButton] = []
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.caption)
        self.row.addStretch(1)
        # As tall with chips as without: the panes below do not move from one passage to the next.
        self.setFixedHeight(self._chip("").sizeHint().height())
        self.show_flags([])

    def _chip(self, text: str, severity: int | None = None) -> QToolButton:
        chip = QToolButton()
        chip.setText(text)
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chip.setStyleSheet(
            f"QToolButton {{ background: {SEVERITY_BACKGROUNDS.get(severity, '#eee')};"
            " border-radius: 8px; padding: 1px 8px; }"
        )
        return chip

    def show_flags(self, flags: list[StoredFlag]) -> None:
        for chip in self.chips:
            self.row.removeWidget(chip)
            chip.hide()  # deleted only when the event loop gets round to it
            chip.deleteLater()
        self.chips = []
        for index, flag in enumerate(flags):
            chip = self._chip(flag_label(flag.code), flag.severity)
            chip.setToolTip(f"{flag_hint(flag.code)}\n{severity_label(flag.severity)} · {flag_detail(flag.detail)}")
            chip.clicked.connect(lambda _checked=False, i=index: self.chosen.emit(i))
            self.row.insertWidget(1 + index, chip)
            self.chips.append(chip)
        if flags:
            self.caption.setText(self.tr("Automatic flags (hints, not decisions):"))
        else:
            self.caption.setText(self.tr("No automatic flags"))
        self.caption.setEnabled(bool(flags))  # greyed when there is nothing to see


class ReviewPanel(QWidget):
    discard_draft_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        # Labels whose text changes with every passage must not ask for a new layout:
        # re-laying out the panel would re-wrap both passages.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("background: #fff3c4; padding: 3px;")
        self.discard = QPushButton(self.tr("Discard recovered edit"))
        self.discard.clicked.connect(self.discard_draft_clicked)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.discard)
        self.show_notice(None)

        self.flags = FlagStrip()

        self.raw_pane = _Pane(self.tr("Raw passage"))
        self.final_pane = _Pane(self.tr("Rewrite"))
        self.raw, self.final = self.raw_pane.text, self.final_pane.text
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.raw_pane)
        panes.addWidget(self.final_pane)
        self._link_scrolling()

        self.ignore_marks = QCheckBox(self.tr("Ignore diacritics and tatweel"))
        self.ignore_space = QCheckBox(self.tr("Ignore white space"))
        for name, box in (("ignore_marks", self.ignore_marks), ("ignore_space", self.ignore_space)):
            box.setChecked(diff_option(name))  # as the reviewer left them, in an earlier session too
            box.toggled.connect(lambda on, name=name: save_diff_option(name, on))
        self.changes = QLabel()
        self.changes.setFixedWidth(140)
        self.changes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        toggles = QHBoxLayout()
        toggles.addWidget(self.ignore_marks)
        toggles.addWidget(self.ignore_space)
        toggles.addStretch(1)
        toggles.addWidget(self.changes)

        self.reasons_box = QGridLayout()
        self.reason_checks: list[tuple[str, QCheckBox]] = []
        self.removed_checks: list[tuple[str, QCheckBox]] = []  # the shown decision's reasons no longer offered
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))

        self.buttons: dict[str, QPushButton] = {}
        button_row = QHBoxLayout()
        for action_id, label in (
            ("accept", self.tr("Accept")),
            ("reject", self.tr("Reject")),
            ("edit", self.tr("Edit")),
            ("save_edit", self.tr("Save edit")),
            ("skip", self.tr("Skip")),
        ):
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[action_id] = button
            button_row.addWidget(button)
        self.legend = KeyLegend()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.flags)
        layout.addLayout(notice_row)
        layout.addWidget(panes, 1)
        layout.addLayout(toggles)
        layout.addLayout(self.reasons_box)
        layout.addWidget(self.note)
        layout.addLayout(button_row)
        layout.addWidget(self.legend)

    def _link_scrolling(self) -> None:
        bars = (self.raw.verticalScrollBar(), self.final.verticalScrollBar())
        self._syncing = False

        def follow(source, target):  # noqa: ANN001, ANN202
            def moved(value: int) -> None:
                if self._syncing or source.maximum() == 0:
                    return
                self._syncing = True
                target.setValue(round(value / source.maximum() * target.maximum()))
                self._syncing = False

            return moved

        bars[0].valueChanged.connect(follow(bars[0], bars[1]))
        bars[1].valueChanged.connect(follow(bars[1], bars[0]))

    # -- reasons -------------------------------------------------------------------------

    def set_reasons(self, reasons: list[tuple[str, str]]) -> None:
        """Offer the project's reasons; those checked stay checked (one removed among them
        shows as no longer offered)."""
        chosen = self.chosen_reasons()
        self._drop_checks(self._all_checks())
        self.reason_checks, self.removed_checks = [], []
        for number, (code, label) in enumerate(reasons, start=1):
            prefix = f"{number} " if number <= 9 else ""
            self.reason_checks.append((code, self._add_check(prefix + reason_label(code, label))))
        self.set_chosen_reasons(chosen)

    def toggle_reason(self, number: int) -> None:
        if 0 < number <= len(self.reason_checks):
            check = self.reason_checks[number - 1][1]
            check.setChecked(not check.isChecked())

    def reason_boxes(self) -> list[QCheckBox]:
        """Every reason's box: those offered, then the shown decision's removed ones."""
        return [check for _, check in self._all_checks()]

    def chosen_reasons(self) -> tuple[str, ...]:
        return tuple(code for code, check in self._all_checks() if check.isChecked())

    def set_chosen_reasons(self, codes: tuple[str, ...]) -> None:
        """Check ``codes``. One the project no longer offers (removed in Settings ▸ Reasons)
        shows checked after the others, so deciding again keeps it unless unchecked."""
        for code, check in self.reason_checks:
            check.setChecked(code in codes)
        self._drop_checks(self.removed_checks)
        offered = {code for code, _ in self.reason_checks}
        self.removed_checks = []
        for code in dict.fromkeys(c for c in codes if c not in offered):
            label = isolated(reason_label(code, REASON_LABELS.get(code, code)))
            check = self._add_check(self.tr("{reason} (no longer offered)").format(reason=label))
            check.setChecked(True)
            check.setEnabled(self.note.isEnabled())  # off as the others are, on a read-only project
            self.removed_checks.append((code, check))

    def _add_check(self, text: str) -> QCheckBox:
        """A reason's box, in the next cell of the grid (three a row)."""
        at = len(self.reason_checks) + len(self.removed_checks)
        check = QCheckBox(text)
        check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reasons_box.addWidget(check, at // 3, at % 3)
        return check

    def _all_checks(self) -> list[tuple[str, QCheckBox]]:
        return [*self.reason_checks, *self.removed_checks]

    def _drop_checks(self, checks: list[tuple[str, QCheckBox]]) -> None:
        for _, check in checks:
            self.reasons_box.removeWidget(check)
            check.deleteLater()

    # -- rendering -------------------------------------------------------------------------

    def show_texts(self, raw: str, final: str) -> None:
        self.show_hint(None)
        self.raw.set_text(raw)
        self.final.set_text(final)

    def show_diff(self, diff: WordDiff, kept: list[tuple[int, int]]) -> None:
        self.raw.set_highlights(removed=diff.removed())
        self.final.set_highlights(added=diff.added(), kept=kept)
        self.show_gaps(diff)
        self.show_change_count(len(diff.hunks))  # what the final text changes; kept stretches are not

    def show_gaps(self, diff: WordDiff) -> None:
        """Mark where words are missing: in the final text where the rewrite dropped some,
        in the raw text where it added some."""
        gone, added = self.tr("Removed:"), self.tr("Added:")
        dropped = [h for h in diff.hunks if h.b_end == h.b_start]
        self.final.set_gaps([(h.b_start, _gap_tip(gone, diff.a[h.a_start : h.a_end])) for h in dropped], REMOVED_MARK)
        new = [h for h in diff.hunks if h.a_end == h.a_start]
        self.raw.set_gaps([(h.a_start, _gap_tip(added, diff.b[h.b_start : h.b_end])) for h in new], ADDED_MARK)

    def show_change_count(self, count: int | None) -> None:
        """``count`` changes; None: there is no rewrite to compare."""
        if count is None:
            self.changes.setText(self.tr("no rewrite yet"))
        else:
            text = self.tr("%Ln change(s)", "", count)
            # English has no translation file: Qt leaves the source's "(s)" to a translator.
            self.changes.setText(text.replace("(s)", "" if count == 1 else "s"))

    def show_no_rewrite(self, hint: str) -> None:
        """A passage without a rewrite: its raw text plain, the final pane saying how to get one."""
        self.raw.set_highlights()
        self.raw.set_gaps([], REMOVED_MARK)
        self.final.set_gaps([], REMOVED_MARK)
        self.show_hint(hint)
        self.show_change_count(None)

    def show_hint(self, hint: str | None) -> None:
        """Say, above the final pane, what to do when it has nothing yet (None: hidden)."""
        self.final_pane.hint.setText(hint or "")
        self.final_pane.hint.setVisible(bool(hint))

    def reveal(self, raw: tuple[int, int], final: tuple[int, int]) -> None:
        """Scroll both panes to a change, each on its own (the linked scrolling waits)."""
        self._syncing = True
        self.raw.reveal(*raw)
        self.final.reveal(*final)
        self._syncing = False

    def build(self, raw: str, final: str, diff: WordDiff) -> tuple[BuiltText, BuiltText]:
        """Both panes' documents for a passage, coloured and laid out ahead of time."""
        return (
            self.raw.build(raw, [(diff.removed(), REMOVED)]),
            self.final.build(final, [(diff.added(), ADDED)]),
        )

    def adopt(self, raw: BuiltText, final: BuiltText) -> None:
        self.show_hint(None)
        self.raw.adopt(raw)
        self.final.adopt(final)

    def show_notice(self, text: str | None) -> None:
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))
        self.discard.setVisible(bool(text))

    def set_editing(self, editing: bool) -> None:
        self.final.set_editable(editing)
        self.buttons["save_edit"].setEnabled(editing)
        if editing:
            self.final.setFocus()

    def zoom(self, step: int) -> None:
        size = self.raw.point_size() + step
        self.raw.set_point_size(size)
        self.final.set_point_size(size)


def _gap_tip(label: str, words: str, longest: int = 200) -> str:
    shown = words.strip()
    return f"{label} {shown[:longest]}{'…' if len(shown) > longest else ''}" if shown else ""
