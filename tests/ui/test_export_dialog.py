"""File ▸ Export in the window: decided passages leave as a dataset that `datasets` reads."""

from __future__ import annotations

import json

import datasets
import tqdm  # datasets shows its progress with it
from PySide6.QtCore import Qt

from tests.ui.conftest import settle, shown

tqdm.tqdm.monitor_interval = 0  # no monitor thread, which would outlive the test


def test_decisions_made_with_keys_are_exported_from_the_dialog(qtbot, window, tmp_path):
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_A):
        qtbot.keyClick(window.focusWidget() or window, key)
    settle(qtbot, window)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData("kto"))
    dialog.folder.setText(str(tmp_path / "kto"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert shown(dialog.status.text()).startswith("Exported 3 reviewed passages into")
    loaded = datasets.load_dataset(str(tmp_path / "kto"), cache_dir=str(tmp_path / "cache"))["train"]
    assert sorted(loaded["label"]) == [False, True, True]
    assert set(loaded["reviewer"]) == {"huda"}


def test_a_folder_in_use_is_refused_and_said(qtbot, window, tmp_path):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
    settle(qtbot, window)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    dialog = window.export_curated()
    dialog.folder.setText(str(taken))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.status.text().startswith("Not exported:") and "already holds files" in dialog.status.text()
    assert [p.name for p in taken.iterdir()] == ["notes.txt"]


def test_the_dialog_filters_by_flag_orders_worst_first_and_sets_the_system_message(qtbot, window, tmp_path):
    for _ in range(8):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A)
    settle(qtbot, window)
    with window.session.ops.project.conn as conn:
        flagged = {
            uid
            for (uid,) in conn.execute(
                "SELECT p.uid FROM passage_state s JOIN reviews r ON r.id = s.review_id"
                " JOIN passages p ON p.id = s.passage_id"
                " WHERE EXISTS (SELECT 1 FROM flags f WHERE f.rewrite_id = r.rewrite_id)"
            )
        }
    assert 0 < len(flagged) < 8  # the demo's first passages: some flagged, some not
    dialog = window.export_curated()
    dialog.format.setCurrentIndex(dialog.format.findData("sft"))
    dialog.flag.setCurrentIndex(dialog.flag.findData("unflagged"))
    dialog.system.setCurrentIndex(1)  # one of the project's prompts, not each rewrite's own
    chosen_system = dialog.system.currentData()
    dialog.folder.setText(str(tmp_path / "sft"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    loaded = datasets.load_dataset(str(tmp_path / "sft"), cache_dir=str(tmp_path / "cache"))["train"]
    assert set(loaded["uid"]).isdisjoint(flagged) and len(loaded) == 8 - len(flagged)
    assert {row[0]["content"] for row in loaded["messages"]} == {chosen_system}


def test_the_decisions_offered_follow_the_format(qtbot, window):
    dialog = window.export_curated()

    def offered() -> dict[str, tuple[bool, bool]]:
        return {decision: (check.isEnabled(), check.isChecked()) for decision, check in dialog.decisions.items()}

    kept = {"accepted": (True, True), "edited": (True, True)}
    for fmt in ("sft", "pretrain", "dpo"):  # none of them ever takes a rejected passage
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        assert offered() == {**kept, "rejected": (False, False)}
    dialog.format.setCurrentIndex(dialog.format.findData("kto"))  # rejections are its undesirable rows
    assert offered() == {**kept, "rejected": (True, True)}
    dialog.decisions["edited"].setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData("sft"))
    assert offered() == {"accepted": (True, True), "edited": (True, False), "rejected": (False, False)}
    dialog.format.setCurrentIndex(dialog.format.findData("kto"))  # as the reviewer left them
    assert offered() == {"accepted": (True, True), "edited": (True, False), "rejected": (True, True)}
    dialog.close()


def test_an_sft_export_from_the_dialog_records_only_the_decisions_it_takes(qtbot, window, tmp_path):
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_A):
        qtbot.keyClick(window.focusWidget() or window, key)
    settle(qtbot, window)
    dialog = window.export_curated()
    dialog.format.setCurrentIndex(dialog.format.findData("sft"))
    dialog.folder.setText(str(tmp_path / "sft"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert shown(dialog.status.text()).startswith("Exported 2 reviewed passages into")
    manifest = json.loads((tmp_path / "sft" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["filters"]["decisions"] == ["accepted", "edited"]
    dialog.close()


def test_with_no_decision_ticked_nothing_is_exported_and_it_is_said(qtbot, window, tmp_path):
    dialog = window.export_curated()
    dialog.format.setCurrentIndex(dialog.format.findData("sft"))
    for check in dialog.decisions.values():
        check.setChecked(False)
    dialog.folder.setText(str(tmp_path / "none"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.status.text() == "Tick the decisions to export"
    assert not (tmp_path / "none").exists()
    dialog.close()
