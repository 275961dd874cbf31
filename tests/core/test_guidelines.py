"""The project's review guidelines, kept in the project file and set from the CLI."""

import json

import pytest

from aligner_gui.core.errors import AlignerError, ProjectReadOnlyError
from aligner_gui.core.review.guidelines import guidelines, read_guidelines_file, set_guidelines
from aligner_gui.core.store.project import Project
from tests.conftest import run_module
from tests.fault_setups import read_only_for_me

TEXT = "ارفض كل فقرة فيها إعلان.\r\nAccept a rewrite that keeps every fact.\n\n"
KEPT = "ارفض كل فقرة فيها إعلان.\nAccept a rewrite that keeps every fact."  # one line end, nothing blank after


def test_a_new_project_has_no_guidelines(project):
    assert guidelines(project) == ""


def test_guidelines_are_kept_in_the_project_file(project):
    assert set_guidelines(project, TEXT) == KEPT
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert guidelines(reopened) == KEPT
        set_guidelines(reopened, "  \n")  # blank: removed
        assert guidelines(reopened) == ""
        kept = reopened.conn.execute("SELECT count(*) FROM project_info WHERE key = 'review_guidelines'")
        assert kept.fetchone() == (0,)


def test_markup_is_kept_as_text(project):
    set_guidelines(project, "<b>not bold</b> &amp;")
    assert guidelines(project) == "<b>not bold</b> &amp;"


def test_a_read_only_project_refuses_new_guidelines_from_the_cli(project, tmp_path):
    set_guidelines(project, "kept")
    path = project.path
    project.close()
    rules = tmp_path / "rules.txt"
    rules.write_text("new", encoding="utf-8")
    with read_only_for_me(path):
        with Project.open(path) as opened, pytest.raises(ProjectReadOnlyError):
            set_guidelines(opened, "x")
        result = run_module("aligner_gui.cli", "guidelines", path, "--set", rules)
        assert result.returncode == 1 and "read-only" in result.stderr, result.stderr
        assert run_module("aligner_gui.cli", "guidelines", path).stdout == "kept\n"  # reading still works


def test_a_file_that_is_not_utf8_is_named_with_its_line(tmp_path):
    bad = tmp_path / "rules.txt"
    bad.write_bytes("سطر أول\n".encode() + b"\xff\xfe bad\n")
    with pytest.raises(AlignerError, match=r"rules\.txt:2: not UTF-8"):
        read_guidelines_file(bad)


def test_cli_sets_and_prints_the_guidelines(project, tmp_path):
    rules = tmp_path / "rules.txt"
    rules.write_text("\ufeff" + TEXT, encoding="utf-8")  # a BOM, as Notepad writes it
    path = project.path
    project.close()
    result = run_module("aligner_gui.cli", "guidelines", path, "--set", rules)
    assert result.returncode == 0, result.stderr
    assert "guidelines saved" in result.stdout
    shown = run_module("aligner_gui.cli", "guidelines", path)
    assert shown.stdout == KEPT + "\n"
    as_json = run_module("aligner_gui.cli", "guidelines", path, "--json")
    assert json.loads(as_json.stdout) == {"guidelines": KEPT}


def test_cli_reports_a_missing_file_and_changes_nothing(project, tmp_path):
    set_guidelines(project, "kept")
    path = project.path
    project.close()
    result = run_module("aligner_gui.cli", "guidelines", path, "--set", tmp_path / "missing.txt")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "internal error" not in result.stderr
    with Project.open(path) as reopened:
        assert guidelines(reopened) == "kept"
