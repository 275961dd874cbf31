"""Where the app keeps its settings, and the settings that several parts of it read.

The organization and application names decide the folder: ~/.config/aligner_gui/aligner_gui.conf
on Linux (the registry key Software\\aligner_gui\\aligner_gui on Windows). The app has no vendor
to name, so the organization is the app's own name: its settings sit in a folder of its own.
Versions before these names were set kept their settings under Qt's stand-in, "Unknown
Organization"; ``migrate_old_settings`` moves them here once.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

ORGANIZATION = "aligner_gui"
APPLICATION = "aligner_gui"
OLD_ORGANIZATION = "Unknown Organization"  # what Qt used while no organization was set
RECENT_LIMIT = 10

_REVIEWER = "reviewer"
_LANGUAGE = "language"
_RECENT = "recent_projects"


def name_application(app: QCoreApplication) -> None:
    """Name the app before anything reads a setting."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)


def migrate_old_settings() -> int:
    """Move the settings kept under "Unknown Organization" into the current place. A key
    already set here wins; the old ones are then removed, so this happens once. Returns the
    number of keys moved.

    A reviewer name equal to the login name is not moved: older versions wrote it when the
    name was left empty or the question cancelled, so nobody gave it; the welcome screen asks."""
    old, new = QSettings(OLD_ORGANIZATION, APPLICATION), QSettings()
    if old.fileName() == new.fileName():  # no organization set: there is nowhere to move to
        return 0
    moved = 0
    for key in old.allKeys():
        value = old.value(key)
        if new.contains(key) or (key == _REVIEWER and value == _login_name()):
            continue
        new.setValue(key, value)
        moved += 1
    new.sync()
    if new.status() == QSettings.Status.NoError:  # only once they are safely written here
        old.clear()
        old.sync()
    return moved


def _login_name() -> str | None:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the user database
        return None


def saved_reviewer() -> str:
    return QSettings().value(_REVIEWER, "", type=str).strip()


def save_reviewer(name: str) -> None:
    QSettings().setValue(_REVIEWER, name.strip())


def saved_language() -> str:
    return QSettings().value(_LANGUAGE, "", type=str)


def save_language(language: str) -> None:
    QSettings().setValue(_LANGUAGE, language)


def diff_option(name: str) -> bool:
    """A comparison option of the review panes ("ignore_marks", "ignore_space"), as the
    reviewer last left it; off at first."""
    return QSettings().value(f"diff/{name}", False, type=bool)


def save_diff_option(name: str, on: bool) -> None:
    QSettings().setValue(f"diff/{name}", on)


def recent_projects() -> list[Path]:
    """Projects opened before, the last one first (some may no longer exist)."""
    settings = QSettings()
    paths = []
    for index in range(settings.beginReadArray(_RECENT)):
        settings.setArrayIndex(index)
        value = settings.value("path", "", type=str)
        if value:
            paths.append(Path(value))
    settings.endArray()
    return paths


def remember_project(path: Path) -> None:
    """``path`` becomes the last project opened, first of the recent ones."""
    path = path.resolve()
    _write_recent([path, *(known for known in recent_projects() if known != path)])


def forget_project(path: Path) -> None:
    _write_recent([known for known in recent_projects() if known != path])


def _write_recent(paths: list[Path]) -> None:
    # An array, not a list value: a list of one comes back as a string, and commas split.
    settings = QSettings()
    settings.remove(_RECENT)
    settings.beginWriteArray(_RECENT, min(len(paths), RECENT_LIMIT))
    for index, path in enumerate(paths[:RECENT_LIMIT]):
        settings.setArrayIndex(index)
        settings.setValue("path", str(path))
    settings.endArray()
