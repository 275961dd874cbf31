"""An Arabic window keeps its translations when the translation file is rewritten while it
runs (`make translations`, lrelease, an upgrade in place).

Qt used to map the .qm file and read it at every lookup, so the next translated string
after such a rewrite (the status message of X, H or Ctrl+Z, a change count) read a
catalogue that was no longer there and crashed the app in libQt6Core: the intermittent
segfault seen while reviewing demo-004 in Arabic (issue 14).
"""

import json
import os
import shutil
import subprocess
import sys

from aligner_gui.core.resources import resources_dir

# Runs in a process of its own: without the fix it dies of SIGSEGV or SIGBUS.
LOOKUPS_ACROSS_A_REWRITE = """
import json, subprocess, sys, xml.etree.ElementTree as ET
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from aligner_gui.ui.common.i18n import apply_language

app = QApplication([])
apply_language(app, "ar")
folder = Path(sys.argv[1]) / "i18n"
messages = [
    (context.findtext("name"), message.findtext("source"), message.findtext("comment"))
    for context in ET.parse(folder / "aligner_gui_ar.ts").iter("context")
    for message in context.iter("message")
    if message.get("numerus") != "yes"
]

def shown():
    return [QCoreApplication.translate(context, source, comment) for context, source, comment in messages]

before = shown()
# A translator's new catalogue compiled over the one the app loaded, as lrelease does it:
# the same file, emptied and written again.
(folder / "new.ts").write_text(
    '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ar">'
    "<context><name>New</name><message><source>One</source><translation>واحد</translation>"
    "</message></context></TS>",
    encoding="utf-8",
)
lrelease = Path(sys.executable).parent / "pyside6-lrelease"
subprocess.run([lrelease, folder / "new.ts", "-qm", folder / "aligner_gui_ar.qm"], check=True, capture_output=True)
after = shown()
changed = [source for (_, source, _), old, new in zip(messages, before, after) if new != old]
arabic = sum(text != source for (_, source, _), text in zip(messages, before))
print(json.dumps({"arabic": arabic, "changed": changed}))
"""


def test_translations_survive_their_file_being_rewritten(tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALIGNER_RESOURCES=str(resources))
    done = subprocess.run(
        [sys.executable, "-c", LOOKUPS_ACROSS_A_REWRITE, str(resources)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, f"the app died (signal {-done.returncode}) once its catalogue was rewritten"
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["arabic"] > 500  # the window was in Arabic to start with
    assert shown["changed"] == [], "strings lost their Arabic when the catalogue was rewritten"
