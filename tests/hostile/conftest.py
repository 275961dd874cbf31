"""The hostile-input suite's session templates and its summary line.

At the end of a run that included these cases, pytest prints the figures the README
reports: `hostile inputs: N cases, H handled, L records lost`.
"""

from __future__ import annotations

import pytest

from tests.hostile.harness import Templates

_outcomes: dict[str, tuple[str, int]] = {}  # test id -> (outcome, good records lost)


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> Templates:
    return Templates(tmp_path_factory.mktemp("hostile-templates"))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    properties = dict(report.user_properties)
    if "hostile_case" not in properties:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _outcomes[report.nodeid] = (report.outcome, properties.get("hostile_lost", 0))


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's TerminalReporter
    if not _outcomes:
        return
    tried = [result for result in _outcomes.values() if result[0] != "skipped"]
    handled = sum(1 for outcome, _ in tried if outcome == "passed")
    lost = sum(count for _, count in tried)
    skipped = len(_outcomes) - len(tried)
    line = f"hostile inputs: {len(tried)} cases, {handled} handled, {lost} records lost"
    if skipped:
        line += f" ({skipped} skipped)"
    terminalreporter.write_sep("-", "hostile inputs")
    terminalreporter.write_line(line)
