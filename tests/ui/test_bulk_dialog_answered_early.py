"""A bulk confirmation answered before its counts arrive (found by the Arabic walk, which
closes each dialog at once): the counts find the dialog gone and are dropped."""

from PySide6.QtCore import QCoreApplication, QEvent

from tests.ui.conftest import settle


def test_counts_arriving_after_the_dialog_is_gone_are_dropped(qtbot, window):
    dialog = window.session.bulk.ask("accepted")  # counting starts on the reader
    dialog.reject()  # Esc at once
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog is deleted
    settle(qtbot, window)  # the counts arrive: nothing may touch the deleted dialog
    assert window.session.bulk.dialog is None
