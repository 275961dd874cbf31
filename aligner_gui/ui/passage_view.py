"""Raw passage beside its rewrite, right to left, as plain text (never HTML)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QSplitter, QTextEdit, QVBoxLayout, QWidget

from aligner_gui.ui.fonts import passage_font


class _TextPane(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        # QTextEdit (unlike QPlainTextEdit) sets each paragraph's direction from its
        # first strong character: Arabic paragraphs right-aligned, English ones left.
        # Text only ever goes in through setPlainText, so markup shows literally.
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)
        self.editor.setReadOnly(True)
        self.editor.setFont(passage_font())
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)

    def show_text(self, text: str) -> None:
        self.editor.setPlainText(text)


class PassageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.raw = _TextPane(self.tr("Raw passage"))
        self.rewrite = _TextPane(self.tr("Rewrite"))
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.raw)
        panes.addWidget(self.rewrite)
        layout = QVBoxLayout(self)
        layout.addWidget(panes, 1)
        layout.addWidget(self.details)

    def show_passage(self, conn: sqlite3.Connection, passage_id: int) -> None:
        uid, text, source = conn.execute(
            "SELECT uid, text, source FROM passages WHERE id = ?", (passage_id,)
        ).fetchone()
        rewrite = conn.execute(
            "SELECT text, origin, model FROM rewrites WHERE passage_id = ? ORDER BY id DESC LIMIT 1",
            (passage_id,),
        ).fetchone()
        self.raw.show_text(text)
        if rewrite is None:
            self.rewrite.show_text("")
            self.rewrite.editor.setPlaceholderText(self.tr("No rewrite yet"))
            origin = self.tr("none")
        else:
            self.rewrite.show_text(rewrite[0])
            origin = rewrite[2] or rewrite[1]
        self.details.setText(
            self.tr("Passage {uid} · source {source} · {chars} characters · rewrite: {origin}").format(
                uid=uid, source=source or "-", chars=len(text), origin=origin
            )
        )
