"""Settings ▸ Flag thresholds: the project's thresholds, changed and checked again.

Each flag keeps the thresholds it was measured against; saving here checks every rewrite
again under the new ones, in the background (FlagChecker)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aligner_gui.core.flags.check import DEFAULT_THRESHOLDS
from aligner_gui.core.flags.store import project_thresholds, set_thresholds
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.ops import Changes
from aligner_gui.ui.common.project_ops import ProjectOps
from aligner_gui.ui.flags.checker import FlagChecker


class ThresholdsDialog(QDialog):
    def __init__(self, ops: ProjectOps, checker: FlagChecker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.checker = ops, checker
        self.setWindowTitle(self.tr("Flag thresholds"))
        self.resize(560, 480)
        explanation = QLabel(
            self.tr(
                "Automatic flags are hints, measured against these thresholds. Saving checks every"
                " rewrite of this project again; each flag records the thresholds it was measured against."
            )
        )
        explanation.setWordWrap(True)
        in_force = project_thresholds(ops.project.conn)
        self.table = QTableWidget(len(in_force), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Threshold"), self.tr("Value"), self.tr("Default")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for row, name in enumerate(sorted(in_force)):
            label = QTableWidgetItem(name)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            spin = QDoubleSpinBox()
            spin.setDecimals(3)
            spin.setRange(0.0, 1_000_000.0)
            spin.setValue(in_force[name])
            self.table.setCellWidget(row, 1, spin)
            # In the interface's digits, as the spin box beside it writes its value.
            default = QTableWidgetItem(QLocale().toString(float(DEFAULT_THRESHOLDS[name]), "g", 6))
            default.setFlags(default.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 2, default)
            self.spins[name] = spin
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        for name, spin in self.spins.items():
            spin.setValue(DEFAULT_THRESHOLDS[name])

    def changes(self) -> dict[str, float | None]:
        """Every threshold: its value, or None where it is the default."""
        return {
            name: None if abs(spin.value() - DEFAULT_THRESHOLDS[name]) < 1e-9 else spin.value()
            for name, spin in self.spins.items()
        }

    def save(self) -> None:
        changes = self.changes()

        def write(project: Project) -> Changes:
            set_thresholds(project, changes)
            return Changes()

        self.ops.write(write, lambda _: self.checker.start(everything=True), name="flag thresholds")
        self.accept()
