"""Interface language: Arabic (right to left) or English, from --lang, settings or locale.

Values that enter a translated sentence (numbers, ids, names, paths, dates, option names)
go in through ``isolated`` and the formatters below, so that inside an Arabic line each
reads left to right in its own place instead of pulling its neighbours along.
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from aligner_gui.core.resources import resources_dir
from aligner_gui.core.text.invisible import printable
from aligner_gui.ui.common.settings import saved_language

log = logging.getLogger(__name__)
LANGUAGES = ("ar", "en")
# Qt's own strings that its Arabic catalog (qtbase_ar) lacks: Qt looks them up itself, and
# our translation, installed after Qt's, answers for them.
QT_CATALOG_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),  # the file dialog's Type column
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
_installed: list[QTranslator] = []  # what apply_language installed, taken out on the next call
_language = "en"


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    saved = saved_language()
    if saved in LANGUAGES:
        return saved
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def apply_language(app: QApplication, language: str) -> QTranslator | None:
    """Install the translations (ours and Qt's own, for standard buttons and dialogs), the
    language's number and date formats, and mirror the layout for Arabic. Returns our
    translator (None for English); all are children of ``app``, so they stay alive."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # with the catalogue's bytes it holds
    _installed.clear()
    _language = language
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(interface_locale(language))
    if language == "en":
        return None
    ours = QTranslator(app)
    path = resources_dir() / "i18n" / f"aligner_gui_{language}.qm"
    if not load_catalogue(ours, path):
        raise FileNotFoundError(f"missing translation {path}")
    qt = QTranslator(app)
    if not any(load_catalogue(qt, folder / f"qtbase_{language}.qm") for folder in qt_translation_folders()):
        log.warning("Qt's own translation qtbase_%s.qm is missing: its standard buttons stay English", language)
    for translator in (qt, ours):  # ours installed last, so searched first
        if not translator.isEmpty():
            app.installTranslator(translator)
            _installed.append(translator)
    return ours


def load_catalogue(translator: QTranslator, path: Path) -> bool:
    """Load the .qm file at ``path`` into ``translator`` from a copy in memory.

    Given a file name, QTranslator maps the file and reads it at every lookup, so a
    catalogue rewritten in place while the app runs (lrelease, `make translations`, an
    upgrade) made the next translated string crash the app in libQt6Core."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    translator.catalogue = data  # Qt reads these bytes where they are: kept as long as the translator
    return translator.load(data)


def interface_language() -> str:
    """The language apply_language installed last ("en" before it is called)."""
    return _language


def qt_translation_folders() -> list[Path]:
    """Where Qt's own translations are: PySide6's folder, else beside ours (a frozen
    build ships them there, see packaging/aligner_gui.spec)."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), resources_dir() / "i18n"]


def interface_locale(language: str) -> QLocale:
    """The system's locale when it speaks the interface language (its country's digits
    and date order), else the language's own."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def isolated(text: str) -> str:
    """``text`` (a name, an id, a path, an English reason) escaped and between FSI and PDI,
    so that inside an Arabic line it reads left to right in its place."""
    return _between_isolates(printable(text))


def left_to_right(text: str) -> str:
    """``text`` (a key, a command) between LRI and PDI: left to right whatever is around
    it, so that in an Arabic line "]" is not drawn mirrored and "Ctrl+Z" keeps its order.
    (FSI would take the line's direction for text with no letter, such as "]".)"""
    return f"\u2066{LRM if _opens_neutral(text) else ''}{text}\u2069"


def _between_isolates(text: str) -> str:
    return f"\u2068{_anchored(text)}\u2069"


LRM, RLM = "\u200e", "\u200f"
_STRONG = {"L": LRM, "R": RLM, "AL": RLM}
_NEUTRAL = frozenset({"ON", "CS", "ES", "ET", "WS", "S", "B", "BN"})  # punctuation, spaces, separators


def _opens_neutral(text: str) -> bool:
    """Whether ``text`` opens with punctuation or a space. Qt gives the neutrals at an
    isolate's start the direction of the line around it: right to left, "/tmp/x" was
    drawn "tmp/x/" and ".aligner" "aligner.", unless a mark of their own direction leads."""
    return bool(text) and unicodedata.bidirectional(text[0]) in _NEUTRAL


def _anchored(text: str) -> str:
    """``text`` with a mark of its own direction (its first strong letter's) before it,
    where it opens with a neutral character (_opens_neutral)."""
    if not _opens_neutral(text):
        return text
    strong = _first_strong(text)
    return text if strong is None else _STRONG[strong] + text


def _first_strong(text: str) -> str | None:
    """The bidi class of ``text``'s first strong letter ("L", "R" or "AL"); None without one."""
    for char in text:
        if (kind := unicodedata.bidirectional(char)) in _STRONG:
            return kind
    return None


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s paragraph, as the Unicode bidi algorithm finds it (its
    first strong letter's); None where it has none (digits, punctuation)."""
    strong = _first_strong(text)
    if strong is None:
        return None
    return Qt.LayoutDirection.LeftToRight if strong == "L" else Qt.LayoutDirection.RightToLeft


def number(value: int | float, decimals: int = 0) -> str:
    """``value`` as the interface writes numbers (digits, grouping), isolated."""
    if isinstance(value, int):
        return _between_isolates(QLocale().toString(value))
    return _between_isolates(QLocale().toString(float(value), "f", decimals))


def counted(translated: str, count: int) -> str:
    """A plural translation, ``tr("%Ln passage(s)", "", count)``, as shown: its number
    isolated, and in English (which has no translation file) the source's "(s)" settled.
    Call it before filling any other placeholder, so that no value is touched."""
    if _language == "en":
        translated = translated.replace("(s)", "" if count == 1 else "s")
    return translated.replace(QLocale().toString(count), number(count), 1)


def date_time(iso: str) -> str:
    """A stored timestamp (ISO 8601, UTC) in local time as the interface writes dates,
    isolated; the text as stored when it is not a timestamp."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return isolated(iso)
    # Not escaped: the locale's own marks (an Arabic date holds RLMs) belong there.
    return _between_isolates(QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat))
