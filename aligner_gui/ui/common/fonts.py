"""The bundled OFL Arabic font, registered with Qt at start-up."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from aligner_gui.core.resources import resources_dir

ARABIC_FAMILY = "Noto Naskh Arabic"
PASSAGE_POINT_SIZE = 15


def load_bundled_fonts() -> list[str]:
    """Register every font in resources/fonts; return the families Qt now knows."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def passage_font(point_size: int = PASSAGE_POINT_SIZE) -> QFont:
    font = QFont(ARABIC_FAMILY, point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font
