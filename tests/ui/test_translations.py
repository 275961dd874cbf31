"""Every interface string has an Arabic translation, and the shipped .qm is up to date."""

import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from aligner_gui.core.resources import resources_dir

TOOLS = Path(sys.executable).parent
TS = resources_dir() / "i18n" / "aligner_gui_ar.ts"
UI_SOURCES = sorted((Path(__file__).parents[2] / "aligner_gui" / "ui").rglob("*.py"))


def messages(ts: Path):
    return {m.findtext("source"): m.find("translation") for m in ET.parse(ts).iter("message")}


def translated(translation) -> bool:
    """A plain translation has text; a plural one (numerus) has every form."""
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return all((text or "").strip() for text in texts)


def test_every_string_in_the_sources_is_translated(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *UI_SOURCES, "-ts", copy, "-no-obsolete"], check=True, capture_output=True
    )
    found = messages(copy)
    untranslated = [s for s, t in found.items() if t.get("type") == "unfinished" or not translated(t)]
    assert untranslated == [], "run `make translations` and translate these in resources/i18n"
    assert found.keys() == messages(TS).keys()


def test_compiled_translation_matches_the_source(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", TS, "-qm", fresh], check=True, capture_output=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_switching_the_language_keeps_no_old_catalogue(qapp):
    """Each catalogue is a copy in memory (see i18n.load_catalogue): one the app no longer
    uses is freed with its translator, not kept for the rest of the run."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    from aligner_gui.ui.common.i18n import apply_language

    for _ in range(3):
        apply_language(qapp, "ar")
        apply_language(qapp, "en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert qapp.findChildren(QTranslator) == []


def test_an_isolate_that_opens_with_punctuation_opens_with_a_mark():
    """Qt gives the punctuation at an isolate's start the direction of the line around it
    (".aligner" drew as "aligner."): a left-to-right mark after the isolate keeps it."""
    opening = []
    for translation in messages(TS).values():
        for form in translation.findall("numerusform") or [translation]:
            for inner in re.findall("[\u2066\u2067\u2068]([^\u2069]*)\u2069", form.text or ""):
                if inner and unicodedata.bidirectional(inner[0]) in ("ON", "CS", "ES", "ET", "WS"):
                    opening.append(inner)
    assert opening == []
