"""Drive the real app window like a reviewer until something kills it, logging what it showed.

    python tests/ui/kill_driver.py review PROJECT LOG --seed N
    python tests/ui/kill_driver.py import PROJECT LOG --seed N --file RECORDS.jsonl

(the campaign starts main() through `python -c`: see start_driver there).

tests/ui/test_kill_campaign.py starts this, SIGKILLs it at a random moment, and checks the
project against LOG. Each line of LOG is one fact, flushed and fsynced before the driver
goes on, and only once the window has shown it (never read back from the database):

    {"fact": "ready"}                                  the review has started
    {"fact": "intent", "passage": N, "action": A, "final": T}   about to press A's key
    {"fact": "shown", "passage": N, "state": S, "final": T}     the queue shows N as S, committed
    {"fact": "typed", "passage": N, "text": T}        the editor holds T (not saved yet)
    {"fact": "draft", "passage": N, "text": T}        the app has saved T as N's draft
    {"fact": "import-started"} / {"fact": "import-shown", "imported": K} / {"fact": "import-done"}

Keys are real key presses on the window (aligner_gui/ui/keys.py has the defaults).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from aligner_gui.ui.main_window import MainWindow
from aligner_gui.ui.queue.model import QueueModel

REVIEWER = "huda"
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
# What the queue may show after each decision key.
OUTCOMES = {
    "accept": ("accepted", "edited"),
    "save_edit": ("edited", "accepted"),
    "reject": ("rejected",),
    "skip": ("skipped",),
}
KEYS = {
    "accept": (Qt.Key.Key_A, NO_MODIFIER),
    "save_edit": (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    "reject": (Qt.Key.Key_R, NO_MODIFIER),
    "skip": (Qt.Key.Key_S, NO_MODIFIER),
    "next": (Qt.Key.Key_J, NO_MODIFIER),
    "previous": (Qt.Key.Key_K, NO_MODIFIER),
    "edit": (Qt.Key.Key_E, NO_MODIFIER),
    "leave_edit": (Qt.Key.Key_Escape, NO_MODIFIER),
    "import": (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
}
WORDS = ("مراجعة", "تعديل", "النص", "كلمة", "جديدة", "edit", "draft")


class FactLog:
    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8")

    def write(self, fact: str, **details: object) -> None:
        line = json.dumps({"fact": fact, "t": time.monotonic(), **details}, ensure_ascii=False)
        self._file.write(line + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


class Reviewer:
    """One reviewer at the keyboard, choosing keys at random (seeded)."""

    def __init__(self, window: MainWindow, log: FactLog, rng: random.Random) -> None:
        self.window = window
        self.log = log
        self.rng = rng
        self.drafts_logged: dict[int, str] = {}
        self.watch: Callable[[], None] = lambda: None  # called as events are processed
        # Decisions pressed and not yet shown, oldest first: (passage, action, final text).
        self.claims: list[tuple[int, str, str]] = []
        self.watched: dict[int, object] = {}  # passages whose drafts may still be committed

    # -- the window ------------------------------------------------------------------------

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            QApplication.processEvents()
            self.watch()
            self.note_shown()
            self.note_saved_drafts()
            if time.monotonic() >= deadline:
                return
            time.sleep(0.005)

    def press(self, action: str) -> None:
        key, modifier = KEYS[action]
        QTest.keyClick(self.window.focusWidget() or self.window, key, modifier)

    def type_words(self) -> None:
        """Type a few words at the cursor, as key events (QTest.keyClicks knows no Arabic)."""
        editor = self.window.panel.final
        text = " " + " ".join(self.rng.choices(WORDS, k=self.rng.randint(1, 3)))
        for char in text:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(kind, 0, NO_MODIFIER, char))
        # No event was processed meanwhile, so nothing could have saved it yet.
        self.log.write("typed", passage=self.current(), text=editor.text())

    def current(self) -> int | None:
        return self.window.queue.current_passage()

    def editing(self) -> bool:
        session = self.window.session
        return session is not None and session.review.editing

    def shown_state(self, passage_id: int) -> str:
        model = self.window.queue.model
        return model.data(model.index(model.row_of(passage_id), QueueModel.STATE))

    def watch_drafts(self, *states: object) -> None:
        for state in states:
            if state is not None:
                self.watched[state.prepared.item.passage_id] = state

    def note_saved_drafts(self) -> None:
        """Log a draft once the app has committed it: it has a ``saved_draft`` that is no
        longer waiting for the writer."""
        waiting = self.window.session.review.display.pending_text
        for passage_id, state in list(self.watched.items()):
            if state.saved_draft is None or passage_id in waiting:
                continue
            if self.drafts_logged.get(passage_id) != state.saved_draft:
                self.drafts_logged[passage_id] = state.saved_draft
                self.log.write("draft", passage=passage_id, text=state.saved_draft)
            if state is not self.window.session.review.state:
                del self.watched[passage_id]

    def note_shown(self) -> None:
        """Log the decisions the queue shows, once every decision made is committed (the
        queue shows none before; a row may still show an earlier decision until then)."""
        if not self.claims or self.window.session.review.decisions.unsaved:
            return
        latest = {passage_id: (action, final) for passage_id, action, final in self.claims}  # the last one stands
        for passage_id, (action, final) in latest.items():
            state = self.shown_state(passage_id)
            if state in OUTCOMES[action]:
                self.log.write(
                    "shown", passage=passage_id, state=state, final=final if state in OUTCOMES["accept"] else None
                )
        self.claims.clear()

    # -- actions ---------------------------------------------------------------------------

    def decide(self, action: str) -> None:
        decisions, passage_id = self.window.session.review.decisions, self.current()
        if passage_id is None:
            return
        final = self.window.panel.final.text()
        made_before = decisions.session_decisions
        self.log.write("intent", passage=passage_id, action=action, final=final)
        self.press(action)
        if decisions.session_decisions == made_before:
            return  # not made (the status bar says why): nothing to claim
        self.drafts_logged.pop(passage_id, None)  # a decision replaces the draft
        self.watched.pop(passage_id, None)
        self.claims.append((passage_id, action, final))

    def move(self, action: str) -> None:
        before = self.window.session.review.state
        self.press(action)
        self.watch_drafts(before)  # leaving a passage saves its edit

    def step(self) -> None:
        roll = self.rng.random()
        if self.editing():
            if roll < 0.45:
                self.type_words()
            elif roll < 0.6:
                self.pump(self.rng.uniform(1.6, 2.2))  # long enough for the autosave
            elif roll < 0.75:
                self.decide("save_edit")
            else:
                self.press("leave_edit")
        elif roll < 0.25:
            self.decide("accept")
        elif roll < 0.37:
            self.decide("reject")
        elif roll < 0.45:
            self.decide("skip")
        elif roll < 0.6:
            self.move("next")
        elif roll < 0.72:
            self.move("previous")
        else:
            self.press("edit")
        self.watch_drafts(self.window.session.review.state)
        self.pump(self.rng.uniform(0.0, 0.15))


def open_window(project: Path) -> MainWindow:
    window = MainWindow(REVIEWER)
    window.resize(1300, 800)
    window.show()
    window.open_project(project)
    focus_main_window(window)
    return window


def focus_main_window(window: MainWindow) -> None:
    window.activateWindow()
    deadline = time.monotonic() + 5
    while not window.isActiveWindow():
        if time.monotonic() > deadline:
            raise SystemExit("the window never became active")
        QApplication.processEvents()
        time.sleep(0.01)
    window.queue.table.setFocus()


def review(window: MainWindow, log: FactLog, rng: random.Random) -> None:
    reviewer = Reviewer(window, log, rng)
    reviewer.watch_drafts(window.session.review.state)  # a recovered draft is saved already
    log.write("ready")
    while True:
        reviewer.step()


def import_and_review(window: MainWindow, log: FactLog, rng: random.Random, records: Path) -> None:
    """Ctrl+I, the file, Import; then go on reviewing while it runs (and after)."""
    reviewer = Reviewer(window, log, rng)
    reviewer.press("import")
    dialog = window.import_dialog
    dialog.add_paths([records])  # as a file dropped on the window
    QTest.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    log.write("import-started")
    shown = {"imported": -1, "done": False}

    def watch_dialog() -> None:
        if shown["done"]:
            return
        if not dialog.running:
            shown["done"] = True
            log.write("import-done", status=dialog.status.text())
            return
        match = re.search(r": (\d+) imported", dialog.status.text())
        if match and int(match.group(1)) != shown["imported"]:
            shown["imported"] = int(match.group(1))
            log.write("import-shown", imported=shown["imported"])

    reviewer.watch = watch_dialog
    focus_main_window(window)
    while True:
        reviewer.step()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("review", "import"))
    parser.add_argument("project", type=Path)
    parser.add_argument("log", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--file", type=Path, help="records to import (import mode)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("aligner_gui_kill_driver")
    log = FactLog(args.log)
    window = open_window(args.project)
    rng = random.Random(args.seed)
    if args.mode == "review":
        review(window, log, rng)
    else:
        import_and_review(window, log, rng, args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
