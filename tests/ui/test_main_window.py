import os
import textwrap

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QImage

from aligner_gui.core.ingest import import_files
from aligner_gui.core.ingest.demo import demo_source
from aligner_gui.core.review.decisions import current_decision
from aligner_gui.core.review.search import search
from aligner_gui.core.store.project import Project
from aligner_gui.ui.common.fonts import ARABIC_FAMILY
from tests.conftest import as_schema_4, run_module, write_jsonl
from tests.ui.conftest import WINDOW_IN_A_PROCESS, crash_then_reopen, open_window, settle, shown

HOSTILE = 'عرض <b>خاص</b> &amp; <script>alert("x")</script> <img src=x onerror=alert(1)> اشترِ الآن'
HIDDEN = "😤 قبل\u200fبعد \u202bمضمن\u202c و\u2067معزول\u2069 كلمة\u200bكلمة"


def test_bundled_arabic_font_is_loaded(bundled_fonts):
    assert ARABIC_FAMILY in bundled_fonts


def test_html_looking_passage_is_shown_literally(qtbot, project, tmp_path):
    import_files(project, [write_jsonl(tmp_path / "h.jsonl", [{"text": HOSTILE, "rewrite": HOSTILE + "."}])])
    window = open_window(qtbot, project.path)
    for pane, expected in ((window.panel.raw, HOSTILE), (window.panel.final, HOSTILE + ".")):
        assert pane.toPlainText() == expected
        block = pane.document().begin()
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            assert fmt.fontWeight() != QFont.Weight.Bold and not fmt.isAnchor()
            fragments += 1
    window.close()


def test_direction_controls_are_visible_and_kept_through_an_edit(qtbot, project, tmp_path):
    import_files(project, [write_jsonl(tmp_path / "d.jsonl", [{"text": HIDDEN, "rewrite": HIDDEN}])])
    window = open_window(qtbot, project.path)
    raw = window.panel.raw
    shown = raw.toPlainText()
    assert len(shown) == len(HIDDEN)
    assert not any(ch in shown for ch in "\u200f\u202b\u202c\u2067\u2069\u200b")
    assert shown.count("←") == 1  # the right-to-left mark as an arrow
    assert raw.text() == HIDDEN
    assert sorted(raw.hidden_characters()) == sorted("\u200f\u202b\u202c\u2067\u2069\u200b")
    # Editing elsewhere keeps the hidden characters where they were.
    window.session.review.edits.start_edit()
    final = window.panel.final
    cursor = final.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    final.setTextCursor(cursor)
    final.insertPlainText(" تم")
    window.session.review.decisions.decide("save_edit")
    settle(qtbot, window)
    assert current_decision(project, 1, "huda").final_text == HIDDEN + " تم"
    window.close()


def test_arabic_interface_is_translated_and_mirrored(qtbot, demo_path, arabic_ui):
    window = open_window(qtbot, demo_path)
    assert window.menuBar().actions()[0].text() == "&ملف"
    x = lambda widget: widget.mapTo(window, QPoint(0, 0)).x()  # noqa: E731
    assert x(window.queue) > x(window.panel), "the queue sits on the right in a right-to-left layout"
    assert x(window.panel.raw) > x(window.panel.final), "the raw passage is read first, on the right"
    window.close()


DRAFT_THEN_CRASH = WINDOW_IN_A_PROCESS + textwrap.dedent(
    """
    window.queue.select_passage(3)
    window.session.review.edits.start_edit()
    window.panel.final.insertPlainText("تعديل لم يحفظ بعد ")
    deadline = time.monotonic() + 2.5  # autosave runs at least every 2 seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_draft_is_recovered_after_the_process_is_killed(qtbot, demo_path):
    window = crash_then_reopen(qtbot, DRAFT_THEN_CRASH, demo_path)
    assert window.queue.current_passage() == 3
    assert window.session.review.state.final.startswith("تعديل لم يحفظ بعد ")
    assert window.panel.final.toPlainText().startswith("تعديل لم يحفظ بعد ")
    assert window.panel.notice.isVisible() and "Recovered" in window.panel.notice.text()
    assert window.panel.final_pane.title.text() == "Final text (changed)"
    window.close()


def test_screenshot_of_the_demo_in_both_languages(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    for language in ("en", "ar"):
        shot = tmp_path / f"demo-{language}.png"
        result = run_module("aligner_gui.ui.app", "--demo", "--lang", language, "--screenshot", shot, env=env)
        assert result.returncode == 0, result.stderr
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1400, 860)
    demo = tmp_path / "data" / "aligner_gui" / "demo.aligner"
    lines = demo_source().read_text(encoding="utf-8").splitlines()
    with Project.open(demo) as project:
        assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == len(lines) >= 60
        assert project.conn.execute("SELECT count(DISTINCT passage_id) FROM rewrites").fetchone()[0] == len(lines)


def test_missing_project_is_one_line_and_nonzero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = run_module("aligner_gui.ui.app", tmp_path / "missing.aligner", "--screenshot", tmp_path / "x.png", env=env)
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line] == [
        f"aligner-gui: error: no project at {tmp_path / 'missing.aligner'}"
    ]


def test_an_older_project_is_upgraded_on_open_and_says_so(qtbot, project, tmp_path):
    records = [{"id": "old", "text": "كَتَبَ، الشاعرُ", "rewrite": "كتب الشاعر."}]
    import_files(project, [write_jsonl(tmp_path / "o.jsonl", records)])
    project.close()
    as_schema_4(project.path)
    window = open_window(qtbot, project.path)
    backup = f"{project.path.name}.v4.bak"
    assert shown(window.statusBar().currentMessage()) == f"Project upgraded; the old file is kept as {backup}"
    assert (project.path.parent / backup).is_file()
    assert window.panel.raw.toPlainText() == "كَتَبَ، الشاعرُ"
    assert [hit.uid for hit in search(window.project, "الشاعر").hits] == ["old"]
    window.close()
