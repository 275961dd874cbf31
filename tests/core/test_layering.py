"""core never imports Qt (nor the UI or CLI): checked on the source, and by import-linter."""

import ast
import subprocess
import sys
from pathlib import Path

import aligner_gui

PACKAGE = Path(aligner_gui.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "aligner_gui.ui", "aligner_gui.cli")


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_qt_import_anywhere_under_core():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / "core").rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    assert lint.exists(), "import-linter is part of the test extras"
    result = subprocess.run([str(lint)], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
