"""Every hostile input and fault, run through the real `aligner` command (see harness)."""

from contextlib import ExitStack

import pytest

from tests.hostile import (
    cases_csv,
    cases_encodings,
    cases_faults,
    cases_files,
    cases_gzip,
    cases_json,
    cases_names,
    cases_parquet,
)
from tests.hostile.harness import Case, Workspace, judge, run_aligner

CASES: list[Case] = [
    *cases_json.CASES,
    *cases_csv.CASES,
    *cases_parquet.CASES,
    *cases_encodings.CASES,
    *cases_gzip.CASES,
    *cases_names.CASES,
    *cases_files.CASES,
    *cases_faults.CASES,
]


def _param(case: Case):  # noqa: ANN202
    marks = [pytest.mark.slow] if case.slow else []
    marks += [pytest.mark.campaign] if case.campaign else []
    return pytest.param(case, id=case.name, marks=marks)


def test_case_names_are_unique():
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_hostile_input(case: Case, tmp_path, templates, record_property):
    record_property("hostile_case", case.name)
    with ExitStack() as cleanup:
        ws = Workspace(tmp_path, templates, cleanup)
        given = case.build(ws)
        main = run_aligner(given.args, ws.dir, ws.unprivileged, given.interrupt_after_s)
        after = [run_aligner(args, ws.dir, ws.unprivileged) for args, _ in given.after]
        verdict = judge(case, given, ws, main, after)
    record_property("hostile_lost", verdict.lost)
    if verdict.problems:
        pytest.fail("\n".join([main.describe(), *verdict.problems]), pytrace=False)
