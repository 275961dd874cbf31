"""The Qt binding must not leak references: a review session makes millions of Qt calls."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drop_references_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    # PySide6 6.12.0 loses one per call (4000 here); Python then aborts with
    # "none_dealloc" once None's count reaches zero.
    assert lost < 100, f"{lost} references to None lost in 4000 Qt calls"
