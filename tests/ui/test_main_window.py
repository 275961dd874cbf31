from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QImage

from aligner_gui.core.demo import create_demo_project, demo_source
from aligner_gui.core.ingest import import_files
from aligner_gui.ui.fonts import ARABIC_FAMILY
from aligner_gui.ui.main_window import MainWindow
from tests.conftest import run_module, write_jsonl

HOSTILE = 'عرض <b>خاص</b> &amp; <script>alert("x")</script> <img src=x onerror=alert(1)> اشترِ الآن'


def open_window(qtbot, path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(path)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_bundled_arabic_font_is_loaded(bundled_fonts):
    assert ARABIC_FAMILY in bundled_fonts


def test_html_looking_passage_is_shown_literally(qtbot, project, tmp_path):
    import_files(project, [write_jsonl(tmp_path / "h.jsonl", [{"text": HOSTILE, "rewrite": HOSTILE + "."}])])
    window = open_window(qtbot, project.path)
    editor = window.view.raw.editor
    assert editor.toPlainText() == HOSTILE
    assert window.view.rewrite.editor.toPlainText() == HOSTILE + "."
    block = editor.document().begin()
    fragments = block.begin()
    while not fragments.atEnd():
        fmt = fragments.fragment().charFormat()
        assert fmt.fontWeight() != QFont.Weight.Bold and not fmt.isAnchor()
        fragments += 1


def test_selecting_a_row_shows_that_passage_and_its_rewrite(qtbot, tmp_path):
    path = create_demo_project(tmp_path / "demo.aligner")
    window = open_window(qtbot, path)
    model = window.model
    assert model.rowCount() >= 60
    window.table.setCurrentIndex(model.index(4, 0))
    uid, text, rewrite = window.project.conn.execute(
        "SELECT p.uid, p.text, r.text FROM passages p JOIN rewrites r ON r.passage_id = p.id WHERE p.id = ?",
        (model.passage_id(4),),
    ).fetchone()
    assert window.view.raw.editor.toPlainText() == text
    assert window.view.rewrite.editor.toPlainText() == rewrite
    assert uid in window.view.details.text()
    assert f"{model.rowCount()} passages" in window.progress.text()


def test_arabic_interface_is_translated_and_mirrored(qtbot, tmp_path, arabic_ui):
    window = open_window(qtbot, create_demo_project(tmp_path / "demo.aligner"))
    assert window.menuBar().actions()[0].text() == "&ملف"
    table_x = window.table.mapTo(window, QPoint(0, 0)).x()
    view_x = window.view.mapTo(window, QPoint(0, 0)).x()
    assert table_x > view_x, "the queue sits on the right in a right-to-left layout"
    raw_x = window.view.raw.mapTo(window, QPoint(0, 0)).x()
    rewrite_x = window.view.rewrite.mapTo(window, QPoint(0, 0)).x()
    assert raw_x > rewrite_x, "the raw passage is read first, on the right"


def gui(*args, env):
    return run_module("aligner_gui.ui.app", *args, env=env)


def test_screenshot_of_the_demo_in_both_languages(tmp_path, monkeypatch):
    import os

    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    for language in ("en", "ar"):
        shot = tmp_path / f"demo-{language}.png"
        result = gui("--demo", "--lang", language, "--screenshot", shot, env=env)
        assert result.returncode == 0, result.stderr
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1400, 860)
    demo = tmp_path / "data" / "aligner_gui" / "demo.aligner"
    assert demo.exists()
    lines = demo_source().read_text(encoding="utf-8").splitlines()
    from aligner_gui.core.project import Project

    with Project.open(demo) as project:
        assert project.conn.execute("SELECT count(*) FROM passages").fetchone()[0] == len(lines) >= 60
        assert project.conn.execute("SELECT count(DISTINCT passage_id) FROM rewrites").fetchone()[0] == len(lines)


def test_missing_project_is_one_line_and_nonzero(tmp_path):
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = gui(tmp_path / "missing.aligner", "--screenshot", tmp_path / "x.png", env=env)
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line] == [
        f"aligner-gui: error: no project at {tmp_path / 'missing.aligner'}"
    ]
