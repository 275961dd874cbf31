"""Help ▸ User guide: a short guide in the interface language, from resources/guide.

The guide is ours (Markdown shipped with the app), so it is rendered as Markdown; no
passage text ever goes through it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from aligner_gui.core.resources import resources_dir
from aligner_gui.ui.common.fonts import passage_font
from aligner_gui.ui.common.i18n import isolated, left_to_right

ARABIC_POINT_SIZE = 12  # the bundled Naskh reads small at the default size
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def interface_language() -> str:
    """Arabic ("ar") when the interface is mirrored, which ui.common.i18n does for Arabic only."""
    return "ar" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"


def guide_path(language: str) -> Path:
    return resources_dir() / "guide" / f"guide_{language}.md"


def guide_markdown(language: str) -> str:
    """The guide's Markdown, each `key` or `command` isolated left to right, so that in
    an Arabic line "]" is not mirrored and "Ctrl+Z" keeps its order."""
    text = guide_path(language).read_text(encoding="utf-8")
    return _CODE_SPAN.sub(lambda match: f"`{left_to_right(match.group(1))}`", text)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(720, 720)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # nothing in it leaves the app
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def present(self) -> None:
        language = interface_language()
        try:
            self.browser.setMarkdown(guide_markdown(language))
            if language == "ar":
                self.browser.document().setDefaultFont(passage_font(ARABIC_POINT_SIZE))
                _right_to_left(self.browser.document())
        except (OSError, UnicodeDecodeError) as exc:  # a build that left resources/guide out
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation ({path}: {reason}).").format(
                    path=isolated(str(guide_path(language))), reason=isolated(str(exc))
                )
            )
        self.show()
        self.raise_()
        self.activateWindow()


def _right_to_left(document: QTextDocument) -> None:
    """Qt's Markdown reader aligns every block to the left; in a right-to-left block that
    alignment reads as its start, the right."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cursor.mergeBlockFormat(block)
