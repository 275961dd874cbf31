"""Menu shortcuts drawn left to right in a right-to-left menu.

Qt draws a menu item's shortcut ("]", "Ctrl+Z") as a text of its own in the menu's
direction. Right to left, the bidi algorithm mirrors brackets, so "Next change ]" showed
"[" and "Previous change [" showed "]", and "Shift+C" could read "C+Shift". The style
below hands the shortcut to Qt between LRI and PDI, so that it reads as on the key.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

from aligner_gui.ui.common.i18n import left_to_right


class ShortcutsLeftToRight(QProxyStyle):
    def drawControl(  # noqa: N802 - Qt override
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem):
            label, tab, shortcut = option.text.partition("\t")
            if shortcut and not shortcut.startswith("\u2066"):
                option = QStyleOptionMenuItem(option)
                option.text = label + tab + left_to_right(shortcut)
        super().drawControl(element, option, painter, widget)


def use_left_to_right_shortcuts(app) -> None:  # noqa: ANN001 - the QApplication
    """Put the style above in front of the application's own (once)."""
    if not isinstance(app.style(), ShortcutsLeftToRight):
        app.setStyle(ShortcutsLeftToRight(app.style().name()))
