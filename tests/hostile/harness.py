"""The hostile-input suite's machinery.

A case is a declaration: its name, how to build its input (a function of a
:class:`Workspace` returning an :class:`Input`), the exit status and the messages
expected. Its input is run through the real `aligner` command in a subprocess, as an
outside tester would, and judged by what a user would notice: no traceback, a message
naming the file and line, every good record in the project, an intact project file,
nothing printed that acts on the terminal.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ctrl_c_as_in_a_terminal

# Printed raw, these act on a terminal or reorder the line: C0 controls but tab and
# newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# In message patterns: "{file}" and "{project}" stand for those paths as printed,
# "{at}" for the two ways a line is named: "FILE:4:" or "FILE: line 4:".
AT = "(?::|: line )"

COMMAND_TIMEOUT_S = 120  # a case's command that runs longer has hung
STOP_GRACE_S = 5  # how long a command may take to stop after a Ctrl+C

# Without these capabilities root obeys file permissions like anyone else.
_DROP_ROOT_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Workspace], Input]
    exit: int | tuple[int, ...] = 0
    messages: tuple[str, ...] = ()  # regexes, each must match within one line of stderr
    quiet: bool | None = None  # stderr must be empty; default: when no message is expected
    slow: bool = False
    campaign: bool = False  # minutes: run by `make test-hostile`, not in `make test`


@dataclass
class Input:
    args: list  # the command line after `aligner`
    good: Sequence[str] = ()  # passage texts that must be in the project afterwards
    # Texts that may be refused instead of imported; when one is not in the project,
    # its message pattern must match stderr.
    maybe: dict[str, str] = field(default_factory=dict)
    file: Path | None = None  # what "{file}" stands for; default: the first input file
    after: list[tuple[list, int]] = field(default_factory=list)  # more commands and their exit status
    interrupt_after_s: float | None = None  # still running then: send one Ctrl+C
    project_intact: bool = True  # False: the project itself is the hostile input
    check: Callable[[Workspace, list[Ran]], list[str]] | None = None  # more problems to look for


@dataclass
class Ran:
    args: list
    returncode: int
    stdout: str
    stderr: str
    interrupted: bool = False
    hung: bool = False

    def describe(self) -> str:
        shown = " ".join(_show(arg) for arg in self.args)
        return f"`aligner {shown}` exited {self.returncode}\n  stderr: {_clip(self.stderr, 800)!r}"


class Workspace:
    """A case's folder, its project (a copy of a template) and what to undo afterwards."""

    def __init__(self, folder: Path, templates: Templates, cleanup: ExitStack) -> None:
        self.dir = folder
        self.project = folder / "p.aligner"
        self.templates = templates
        self.cleanup = cleanup
        self.unprivileged = False  # run the commands without root's permission override
        shutil.copyfile(templates.blank(), self.project)

    def populate(self, project: Path | None = None) -> list[str]:
        """Make ``project`` (default: the case's) a copy of a project holding passages;
        returns their texts."""
        source, texts = self.templates.populated()
        shutil.copyfile(source, project or self.project)
        return texts

    def write(self, name: str | bytes | Path, data: str | bytes, encoding: str = "utf-8") -> Path:
        path = self.dir / (os.fsdecode(name) if isinstance(name, bytes) else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
        return path

    def import_(self, *files_and_options: object) -> list:
        return ["import", self.project, *files_and_options]

    def run_as_user(self) -> None:
        """Run this case's commands as a user without root's way around permissions."""
        if os.geteuid() == 0 and not _can_drop_root_override():
            pytest.skip("running as root, and setpriv cannot drop root's permission override")
        self.unprivileged = True

    def mount_tmpfs(self, folder: Path, size: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode(errors='replace').strip()}")
        self.cleanup.callback(subprocess.run, ["umount", "-l", str(folder)], capture_output=True)
        return folder


class Templates:
    """Projects made once per session with the real `aligner` command, copied per case."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._blank: Path | None = None
        self._populated: tuple[Path, list[str]] | None = None

    def blank(self) -> Path:
        if self._blank is None:
            path = self.folder / "blank.aligner"
            _must(run_aligner(["init", path], self.folder))
            self._blank = path
        return self._blank

    def populated(self) -> tuple[Path, list[str]]:
        if self._populated is None:
            path = self.folder / "populated.aligner"
            shutil.copyfile(self.blank(), path)
            texts = [good(i, "محفوظة من قبل") for i in range(1, 6)]
            data = self.folder / "committed.jsonl"
            data.write_text("".join(record(t) + "\n" for t in texts), encoding="utf-8")
            _must(run_aligner(["import", path, data], self.folder))
            self._populated = (path, texts)
        return self._populated


# -- input helpers -----------------------------------------------------------------------


def good(number: int, tag: str = "") -> str:
    """A good passage text, distinct for each number and tag."""
    return f"فقرة سليمة رقم {number} {tag}".strip()


def named(name: str, line: int | None = None) -> str:
    """A message pattern: the file called ``name`` (in any folder), at ``line`` if given."""
    return f"/{re.escape(name)}:{line}: " if line else f"/{re.escape(name)}: "


def named_at(name: str, line: str) -> str:
    """A message pattern: the file called ``name`` at ``line`` (a regex), either way a
    line is named."""
    return f"/{re.escape(name)}{AT}{line}:"


def record(text: object, **fields: object) -> str:
    """One JSON object, as a line of JSON Lines (without the newline)."""
    return json.dumps({"text": text, **fields}, ensure_ascii=False)


# -- running -----------------------------------------------------------------------------


def run_aligner(args: list, cwd: Path, unprivileged: bool = False, interrupt_after_s: float | None = None) -> Ran:
    command = [sys.executable, "-m", "aligner_gui.cli", *args]
    if unprivileged and os.geteuid() == 0:
        command = _DROP_ROOT_OVERRIDE + command
    env = {key: value for key, value in os.environ.items() if key != "ALIGNER_DEBUG"}
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=ctrl_c_as_in_a_terminal
    )
    interrupted = hung = False
    try:
        out, err = process.communicate(timeout=interrupt_after_s or COMMAND_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        if interrupt_after_s is not None:
            process.send_signal(signal.SIGINT)
            interrupted = True
        try:
            out, err = process.communicate(timeout=STOP_GRACE_S if interrupted else 0)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            hung = True
    return Ran(args, process.returncode, _decode(out), _decode(err), interrupted, hung)


def _decode(output: bytes) -> str:
    return output.decode("utf-8", errors="backslashreplace")


def _must(ran: Ran) -> None:
    assert ran.returncode == 0, ran.describe()


def _can_drop_root_override() -> bool:
    if shutil.which("setpriv") is None:
        return False
    return subprocess.run([*_DROP_ROOT_OVERRIDE, "true"], capture_output=True).returncode == 0


# -- judging -----------------------------------------------------------------------------


@dataclass
class Verdict:
    problems: list[str]
    lost: int  # good records missing from the project


def judge(case: Case, given: Input, ws: Workspace, main: Ran, after: list[Ran]) -> Verdict:
    problems: list[str] = []
    allowed = case.exit if isinstance(case.exit, tuple) else (case.exit,)
    if main.hung:
        stop = "after a Ctrl+C" if main.interrupted else f"after {COMMAND_TIMEOUT_S} s"
        problems.append(f"still running {stop}: killed")
    elif main.returncode not in allowed:
        problems.append(f"exit status {main.returncode}, expected {' or '.join(map(str, allowed))}")
    for ran, (_, expected) in zip(after, given.after, strict=True):
        if ran.returncode != expected:
            problems.append(f"then {ran.describe()}; expected {expected}")
    for ran in [main, *after]:
        problems += _output_problems(ran)

    placeholders = _placeholders(given, ws)
    for pattern in case.messages:
        if not re.search(_expand(pattern, placeholders), main.stderr, re.MULTILINE):
            problems.append(f"no message matching {pattern!r}")
    quiet = case.quiet if case.quiet is not None else not case.messages
    if quiet and main.stderr.strip():
        problems.append("a message where none was expected")

    lost = 0
    if given.project_intact:
        stored, integrity = _project_contents(ws.project)
        texts = set(stored)
        if integrity != "ok":
            problems.append(f"PRAGMA integrity_check: {integrity}")
        missing = [text for text in given.good if text not in texts]
        lost = len(missing)
        if missing:
            problems.append(f"{lost} good records not imported, e.g. {_clip(missing[0])!r}")
        unreported = [
            (text, pattern)
            for text, pattern in given.maybe.items()
            if text not in texts and not re.search(_expand(pattern, placeholders), main.stderr, re.MULTILINE)
        ]
        if unreported:
            text, pattern = unreported[0]
            problems.append(
                f"{len(unreported)} records neither imported nor reported (expected {pattern!r}), e.g. {_clip(text)!r}"
            )
        known = set(given.good) | set(given.maybe)
        unexpected = [text for text in texts if text not in known]
        if unexpected:
            problems.append(f"{len(unexpected)} passages no good record holds, e.g. {_clip(unexpected[0])!r}")
    if given.check is not None:
        problems += given.check(ws, [main, *after])
    return Verdict(problems, lost)


def _output_problems(ran: Ran) -> list[str]:
    problems = []
    if "Traceback (most recent call last)" in ran.stderr:
        problems.append("a traceback on stderr")
    if ran.returncode == 70 or "internal error" in ran.stderr:
        problems.append("an internal error")
    outputs = [("stderr", ran.stderr)]
    if "--json" in ran.args and ran.returncode == 0:
        try:
            json.loads(ran.stdout)
        except ValueError:
            problems.append("--json output is not one JSON document")
    else:
        outputs.append(("stdout", ran.stdout))
    for name, text in outputs:
        raw = sorted({f"U+{ord(found):04X}" for found in RAW_CONTROL.findall(text)})
        if raw:
            problems.append(f"`aligner {ran.args[0]}` printed raw {', '.join(raw)} on {name}")
    return problems


def _placeholders(given: Input, ws: Workspace) -> dict[str, str]:
    first = given.file
    if first is None:
        files = [arg for arg in given.args[2:] if isinstance(arg, Path)]
        first = files[0] if files else ws.dir
    return {"{file}": re.escape(str(first)), "{project}": re.escape(str(ws.project))}


def _expand(pattern: str, placeholders: dict[str, str]) -> str:
    for name, value in {**placeholders, "{at}": AT}.items():
        pattern = pattern.replace(name, value)
    return pattern


def _project_contents(path: Path) -> tuple[list[str], str]:
    """The project's passage texts and its integrity check, read without changing it."""
    for uri in (path.as_uri() + "?mode=ro", path.as_uri() + "?immutable=1"):
        try:
            conn = sqlite3.connect(uri, uri=True)
            try:
                integrity = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
                texts = [row[0] for row in conn.execute("SELECT text FROM passages")]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            failure = f"cannot read the project ({exc})"
            continue
        return texts, integrity
    return [], failure


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


def _show(arg: object) -> str:
    text = str(arg)
    return _clip(text, 80) if text.isprintable() and " " not in text else repr(_clip(text, 80))
