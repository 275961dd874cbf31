"""Interface language: Arabic (right to left) or English, from --lang, settings or locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from aligner_gui.core.resources import resources_dir
from aligner_gui.core.text.invisible import printable

LANGUAGES = ("ar", "en")


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    saved = QSettings().value("language", "", type=str)
    if saved in LANGUAGES:
        return saved
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def apply_language(app: QApplication, language: str) -> QTranslator | None:
    """Install the translation and mirror the layout for Arabic; keep the translator alive."""
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    if language == "en":
        return None
    translator = QTranslator(app)
    path = resources_dir() / "i18n" / f"aligner_gui_{language}.qm"
    if not translator.load(str(path)):
        raise FileNotFoundError(f"missing translation {path}")
    app.installTranslator(translator)
    return translator


def isolated(text: str) -> str:
    """``text`` (a name, a number, an English reason) escaped and between FSI and PDI, so
    that inside an Arabic line it reads left to right in its place."""
    return f"\u2068{printable(text)}\u2069"
