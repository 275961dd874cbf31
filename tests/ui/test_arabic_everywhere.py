"""Arabic all the way, right to left everywhere: values inside Arabic sentences stay in
their place, Qt's own buttons and core's messages speak Arabic, and a walk through every
window and dialog finds no English left (tests/ui/visible_text.py says what counts)."""

import errno
import json
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QDateTime, QLocale, QRectF, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.ingest import import_files
from aligner_gui.core.review.decisions import load_draft, save_draft
from aligner_gui.core.store.faults import busy_message, os_fault
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.actions import ActionId
from aligner_gui.ui.common.core_messages import PHRASES, TEMPLATES, core_message
from aligner_gui.ui.common.i18n import isolated
from aligner_gui.ui.common.keys import KeysDialog
from aligner_gui.ui.common.states import state_label
from tests.conftest import write_jsonl
from tests.ui.conftest import open_window, settle
from tests.ui.visible_text import latin_left, walk_the_window


def visual_centres(text: str, parts: list[str], direction: Qt.LayoutDirection) -> list[float]:
    """Where each of ``parts`` (found in order in ``text``) is drawn on one line laid out
    in ``direction``: the x of the middle of its glyphs."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    centres, start = [], 0
    for part in parts:
        start = text.index(part, start)
        box = QRectF()
        for run in layout.glyphRuns(start, len(part)):
            box = box.united(run.boundingRect())
        centres.append(box.center().x())
        start += len(part)
    return centres


def reads_right_to_left(text: str, parts: list[str]) -> bool:
    centres = visual_centres(text, parts, Qt.LayoutDirection.RightToLeft)
    return all(a > b for a, b in zip(centres, centres[1:], strict=False))


# -- 5: right to left everywhere -----------------------------------------------------------


def test_the_passage_header_reads_right_to_left(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    header = window.panel.header.text()
    count = QLocale().toString(359)
    assert header.startswith("الفقرة \u2068demo-001\u2069")
    assert reads_right_to_left(header, ["الفقرة", "demo-001", "forum.example-eg", count, "حرفًا", "مستوردة"])
    # What the bidi algorithm made of it before: the id and the source glued into one run.
    glued = "الفقرة demo-001 · forum.example-eg · 359 حرفًا"
    assert not reads_right_to_left(glued, ["الفقرة", "demo-001", "forum.example-eg"])
    window.close()


def test_the_recovered_draft_says_its_date_as_the_locale_writes_it(qtbot, arabic_ui, demo_path):
    with Project.open(demo_path) as project:
        save_draft(project, 1, "huda", 1, "مسودة لم تُحفظ")
        stored = load_draft(project, 1, "huda").updated_at
    window = open_window(qtbot, demo_path)
    moment = QDateTime.fromString(stored, Qt.DateFormat.ISODateWithMs).toLocalTime()
    shown = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    notice = window.panel.notice.text()
    assert notice == f"استُعيد تعديل لم يُحفظ من \u2068{shown}\u2069"
    assert "T" not in notice and stored[:10] not in notice
    assert reads_right_to_left(notice, ["استُعيد", shown])
    window.close()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_key_legend_is_a_grid_of_key_and_action(qtbot, qapp, demo_path, language):
    from aligner_gui.ui.common.i18n import apply_language

    apply_language(qapp, language)
    try:
        window = open_window(qtbot, demo_path)
        legend = window.panel.legend
        rtl = language == "ar"
        pairs = [(key.geometry(), action.geometry()) for key, action in legend.pairs]
        assert len(pairs) >= 12
        for key, action in pairs:  # each key beside its own action, at the reading start
            assert abs(key.center().y() - action.center().y()) <= 2
            gap = (key.left() - action.right()) if rtl else (action.left() - key.right())
            assert 0 < gap <= 8
        rows = sorted({key.top() for key, _ in pairs})
        assert len(rows) >= 2
        starts = [action.right() if rtl else action.left() for _, action in pairs]
        columns = len([key for key, _ in pairs if key.top() == rows[0]])
        for index, start in enumerate(starts):  # a grid: each column's actions start at one x
            assert start == starts[index % columns]
        first = pairs[0][0]  # and the first row starts at the reading edge
        assert (first.right() >= legend.width() - 2 - first.width()) if rtl else first.left() <= first.width()
        texts = {action.text(): key.text() for key, action in legend.pairs}
        accept = "قبول" if rtl else "Accept"
        assert texts[accept] == "\u2066A\u2069"
        # Left to right, not first strong: FSI around "]" takes the Arabic line's direction
        # and draws it mirrored, as "[".
        assert all(key.text().startswith("\u2066") for key, _ in legend.pairs)
        window.close()
    finally:
        apply_language(qapp, "en")


def test_an_option_name_with_a_dollar_keeps_it_in_front(arabic_ui):
    placeholder = QApplication.translate("RewriterPanel", "optional; default {variable}").format(
        variable=isolated("$ALIGNER_API_KEY")
    )
    dollar, name = visual_centres(placeholder, ["$", "ALIGNER_API_KEY"], Qt.LayoutDirection.RightToLeft)
    assert dollar < name  # "$ALIGNER_API_KEY", not "ALIGNER_API_KEY$"
    bare = "اختياري؛ الافتراضي $ALIGNER_API_KEY"
    dollar, name = visual_centres(bare, ["$", "ALIGNER_API_KEY"], Qt.LayoutDirection.RightToLeft)
    assert dollar > name  # how it read before


def test_the_queue_shows_whole_at_the_right_edge(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    for widget in (window.queue.table, window.queue.state, window.queue.search):
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert right <= window.width() - 1, f"{type(widget).__name__} ends at {right}, past the window"
        assert widget.visibleRegion().boundingRect() == widget.rect()
    window.close()


# -- 6: Arabic all the way -------------------------------------------------------------------


def test_qt_standard_buttons_speak_arabic(qtbot, arabic_ui):
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"حسنًا", "ألغِ", "استعد الافتراضيّات"}


def test_the_undo_message_names_the_decision_in_arabic(qtbot, arabic_ui, demo_path):
    window = open_window(qtbot, demo_path)
    window.session.review.edits.start_edit()
    window.panel.final.insertPlainText("تعديل ")
    window.session.review.decisions.decide("save_edit")
    settle(qtbot, window)
    window.actions[ActionId.UNDO].trigger()
    settle(qtbot, window)
    message = window.statusBar().currentMessage()
    undone = f"تم التراجع عن: {state_label('edited')} في الفقرة {isolated('demo-001')}"  # as the header names it
    assert message == undone + ". وعاد تعديلك مسودةً غير محفوظة."  # (the edit comes back as a draft)
    assert latin_left(message) == []
    window.close()


def test_every_core_message_translation_keeps_its_placeholders(arabic_ui):
    for template in [*TEMPLATES, *(phrase for table in PHRASES.values() for phrase in table)]:
        translation = QApplication.translate("CoreMessages", template)
        assert translation != template or template == "{place}: {reason}", f"not translated: {template}"
        assert sorted(re.findall(r"\{\w+\}", translation)) == sorted(re.findall(r"\{\w+\}", template)), template


def test_record_problems_are_said_in_arabic_with_file_and_line_kept(arabic_ui, project, tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [{"text": "نص سليم"}, {"text": ""}, {"body": "بلا نص"}, [1, 2]])
    with path.open("a", encoding="utf-8") as file:
        file.write('{"text": "مكسور\n')
    problems = []
    import_files(project, [path], on_error=problems.append)
    shown = [core_message(str(problem)) for problem in problems]
    field = isolated("'text'")
    assert shown[0] == f"{isolated(f'{path}:2')}: الحقل {field} فارغ"
    assert len(shown) == 4
    for line in shown:  # FILE:LINE first, at the right; then the reason
        assert latin_left(line) == [], line
        place, reason = line.split("\u2069: ", 1)
        assert reads_right_to_left(line, [place.lstrip("\u2068\u200e"), reason[:4]]), line


def test_project_faults_are_said_in_arabic(arabic_ui, tmp_path):
    not_a_project = tmp_path / "notes.aligner"
    not_a_project.write_text("just text\n" * 100)
    messages = []
    for path in (tmp_path / "missing.aligner", not_a_project):
        with pytest.raises(AlignerError) as raised:
            Project.open(path)
        messages.append(core_message(str(raised.value)))
    assert messages[0] == f"لا مشروع في {isolated(str(tmp_path / 'missing.aligner'))}"
    assert messages[1].startswith(f"{isolated(str(not_a_project))} ليس مشروع aligner")
    project = tmp_path / "p.aligner"  # faults while writing, as core words them
    full = os_fault(project, OSError(errno.ENOSPC, "No space left on device"), project)
    assert core_message(str(full)) == f"{isolated(str(project))}: القرص ممتلئ؛ ولم يُكتب شيء بعد آخر حفظ"
    busy = core_message(busy_message(project, 5))
    five = QLocale().toString(5)  # in the interface's digits
    assert busy.startswith(f"{isolated(str(project))} مشغول: عملية أخرى تكتب فيه منذ أكثر من \u2068{five}\u2069 ثانية.")


def test_a_read_only_project_is_said_in_arabic(arabic_ui, tmp_path):
    path = tmp_path / "p.aligner"
    Project.create(path).close()
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", path], capture_output=True).returncode:
        pytest.skip("chattr +i (an immutable file) is not available here")
    try:
        with Project.open(path) as project:
            said = core_message(str(project.read_only_error()))
    finally:
        subprocess.run(["chattr", "-i", path], check=True)
    assert said.startswith(f"{isolated(str(path))} للقراءة فقط (لا يمكن الكتابة في \u2068p.aligner\u2069")
    assert latin_left(said) == []


def test_core_messages_stay_as_core_wrote_them_in_english(tmp_path):
    message = f"{tmp_path}/x.jsonl:3: field 'text' is empty"
    assert core_message(message) == message


# -- the walk ------------------------------------------------------------------------------


def test_every_window_and_dialog_speaks_arabic(qtbot, arabic_ui, demo_path, tmp_path, monkeypatch):
    import aligner_gui.ui.project_files

    # File ▸ Open the demo opens this test's demo, not the one in the user's folder.
    monkeypatch.setattr(aligner_gui.ui.project_files, "prepare_demo", lambda: (demo_path, None))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": ""}) + "\n{broken\n", encoding="utf-8")
    not_a_project = tmp_path / "notes.aligner"
    not_a_project.write_text("just text\n" * 100)
    window = open_window(qtbot, demo_path, reviewer="هدى")  # a name, in Arabic: not English left
    found = walk_the_window(qtbot, window, import_file=bad, not_a_project=not_a_project)
    window.close()
    assert found == [], "English left in the Arabic interface:\n" + "\n".join(found)


def test_a_helper_process_that_died_is_said_in_arabic(arabic_ui, tmp_path):
    from aligner_gui.core.ingest.parse_process import helper_died

    path = tmp_path / "pairs.jsonl"
    shown = core_message(str(helper_died(path, -9)))
    said = "توقفت إحدى عمليات الاستيراد المساعدة على نحو غير متوقع"
    assert shown == f"{isolated(str(path))}: {said} (رمز الخروج {isolated('-9')})"
