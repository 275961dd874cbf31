"""Every menu has an Alt key of its own, and no two items of a menu share one, in English
and in Arabic (audit of issue 14: ملف، مراجعة and مساعدة all took م)."""

import re

from PySide6.QtWidgets import QMenu

from tests.ui.conftest import open_window


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(actions, all_need_one: bool) -> list[str]:
    """The actions' texts sharing an Alt key, or without one where ``all_need_one``."""
    wrong, seen = [], {}
    for action in actions:
        if action.isSeparator() or not action.text() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is None and not all_need_one:
            continue
        if key is None or key in seen:
            wrong.append(f"{action.text()!r}" + (f" and {seen[key]!r}" if key in seen else " has none"))
        else:
            seen[key] = action.text()
    return wrong


def test_menus_and_their_items_have_alt_keys_of_their_own(qtbot, demo_path, language):
    window = open_window(qtbot, demo_path)
    wrong = clashes(window.menuBar().actions(), all_need_one=True)
    # Items without an Alt key are allowed: the review keys' items go by their own keys.
    for menu in [m for m in window.menuBar().findChildren(QMenu) if m.title()]:  # not the bar's overflow
        wrong += [f"in {menu.title()!r}: {clash}" for clash in clashes(menu.actions(), all_need_one=False)]
    assert wrong == [], "\n".join(wrong)
    window.close()
