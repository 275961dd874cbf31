"""Menu shortcuts read left to right in the Arabic (right-to-left) menus: "Next change"
shows "]", not "[" (the bidi algorithm mirrors a bracket drawn right to left)."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionMenuItem

from aligner_gui.ui.common.menu_style import ShortcutsLeftToRight, use_left_to_right_shortcuts


def drawn(style: QStyle, text: str) -> QImage:
    """A right-to-left menu item with ``text`` ("label\\tshortcut"), as ``style`` draws it."""
    option = QStyleOptionMenuItem()
    option.rect = QRect(0, 0, 240, 24)
    option.text = text
    option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
    option.state = QStyle.StateFlag.State_Enabled
    option.direction = Qt.LayoutDirection.RightToLeft
    option.palette = style.standardPalette()
    option.reservedShortcutWidth = 60
    image = QImage(240, 24, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    style.drawControl(QStyle.ControlElement.CE_MenuItem, option, painter, None)
    painter.end()
    return image


def test_a_bracket_shortcut_is_drawn_as_on_the_key(qapp):
    name = qapp.style().name()
    ours, plain = ShortcutsLeftToRight(name), QStyleFactory.create(name)
    as_on_the_key = drawn(plain, "التغيير التالي\t\u2066]\u2069")
    mirrored = drawn(plain, "التغيير التالي\t]")
    assert as_on_the_key != mirrored  # what the menus showed: "[" for "]"
    assert drawn(ours, "التغيير التالي\t]") == as_on_the_key
    assert drawn(ours, "التغيير التالي\t[") == drawn(plain, "التغيير التالي\t\u2066[\u2069")


def test_the_application_draws_its_menus_with_it(qapp):
    before = qapp.style().name()
    try:
        use_left_to_right_shortcuts(qapp)
        use_left_to_right_shortcuts(qapp)  # once is enough: not a proxy of a proxy
        assert isinstance(qapp.style(), ShortcutsLeftToRight)
        assert qapp.style().baseStyle().name() == before
    finally:
        qapp.setStyle(before)
