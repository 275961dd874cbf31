"""The project's review guidelines: free text the data lead writes for its reviewers
(what to accept, what to reject, house style), kept in ``project_info``.

Plain text, never markup. One text per project; the last one saved wins.
"""

from __future__ import annotations

from pathlib import Path

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.store.project import Project

GUIDELINES_KEY = "review_guidelines"


def guidelines(project: Project) -> str:
    """The project's guidelines; empty when none were written."""
    row = project.conn.execute("SELECT value FROM project_info WHERE key = ?", (GUIDELINES_KEY,)).fetchone()
    return row[0] if row else ""


def set_guidelines(project: Project, text: str) -> str:
    """Replace the guidelines (blank text removes them); returns the text kept."""
    kept = _tidy(text)
    with project.transaction() as conn:
        if kept:
            conn.execute(
                "INSERT INTO project_info(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (GUIDELINES_KEY, kept),
            )
        else:
            conn.execute("DELETE FROM project_info WHERE key = ?", (GUIDELINES_KEY,))
    return kept


def read_guidelines_file(path: Path) -> str:
    """A UTF-8 text file's content, for ``aligner guidelines --set``; a clear error
    naming the file (and the line, for text that is not UTF-8) otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AlignerError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise AlignerError(f"{path}:{line}: not UTF-8 text (byte {exc.start + 1}); save it as UTF-8") from None


def _tidy(text: str) -> str:
    """One kind of line end and nothing blank at the end: what a text editor would keep."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
