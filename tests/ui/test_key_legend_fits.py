"""The key legend shows every action's name whole, in English and in Arabic (audit of
issue 14: "Revert or take this change" was cut off at the window's edge)."""

import pytest

from tests.ui.conftest import open_window


@pytest.mark.parametrize("width", [1300, 1000])
def test_every_legend_label_is_shown_whole(qtbot, demo_path, language, width):
    window = open_window(qtbot, demo_path)
    window.resize(width, 800)
    qtbot.wait(50)
    legend = window.panel.legend
    for key, action in legend.pairs:
        for label in (key, action):
            assert label.width() >= label.sizeHint().width(), f"{label.text()!r} squeezed"
            assert legend.rect().contains(label.geometry()), f"{label.text()!r} past the legend's edge"
    window.close()
