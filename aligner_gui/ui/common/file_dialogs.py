"""The app's file dialogs: QFileDialog's static functions, but with the Size and Date
Modified columns written as the interface writes numbers and dates.

Qt's own file dialog (the one it draws where the desktop offers none) writes those two
columns with the system's locale, whatever language the app speaks: "12 bytes" and Latin
digits in an Arabic window. No translation reaches them (qtbase's "%1 bytes" is no longer
used by Qt 6), so a proxy model writes them again with the interface locale. A desktop's
own dialog is left as it is: it speaks the desktop's language.
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QProxyStyle,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from aligner_gui.ui.common.i18n import left_to_right

SIZE_COLUMN = 1
MODIFIED_COLUMN = 3


class InterfaceLocaleColumns(QIdentityProxyModel):
    """A file dialog's QFileSystemModel, its sizes and dates in the interface locale."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        files = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(files, QFileSystemModel):
            file = self.mapToSource(index)
            if index.column() == SIZE_COLUMN and not files.isDir(file):
                return data_size(files.size(file))
            if index.column() == MODIFIED_COLUMN and (modified := files.lastModified(file)).isValid():
                return QLocale().toString(modified, QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def data_size(size: int) -> str:
    """A file's size as the interface writes it: "١٢ بايت", "٢٫٩ كيلوبايت", "2.9 kB" (the
    traditional units, which the Arabic locale names; its IEC ones stay "KiB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def open_file_name(parent: QWidget, caption: str, directory: str = "", filter: str = "") -> str:
    """The file chosen to open, or "" (QFileDialog.getOpenFileName)."""
    return _ask_one(_dialog(parent, caption, directory, filter, QFileDialog.FileMode.ExistingFile))


def open_file_names(parent: QWidget, caption: str, directory: str = "", filter: str = "") -> list[str]:
    """The files chosen to open, or [] (QFileDialog.getOpenFileNames)."""
    return _ask(_dialog(parent, caption, directory, filter, QFileDialog.FileMode.ExistingFiles))


def save_file_name(
    parent: QWidget,
    caption: str,
    directory: str = "",
    filter: str = "",
    options: QFileDialog.Option | None = None,
) -> str:
    """The file name chosen to save as, or "" (QFileDialog.getSaveFileName)."""
    dialog = _dialog(parent, caption, directory, filter, QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if options is not None:
        dialog.setOptions(dialog.options() | options)
    return _ask_one(dialog)


def existing_directory(parent: QWidget, caption: str, directory: str = "") -> str:
    """The folder chosen, or "" (QFileDialog.getExistingDirectory)."""
    dialog = _dialog(parent, caption, directory, "", QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _ask_one(dialog)


def _dialog(parent: QWidget, caption: str, directory: str, filter: str, mode: QFileDialog.FileMode) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, filter)
    dialog.setFileMode(mode)
    dialog.setProxyModel(InterfaceLocaleColumns(dialog))
    if (look_in := dialog.findChild(QComboBox, "lookInCombo")) is not None:
        look_in.setStyle(PathComboStyle(look_in))
    return dialog


class PathComboStyle(QProxyStyle):
    """A combo box's text drawn left to right: the file dialog's folder box shows a path,
    and in a right-to-left window Qt drew "/tmp/x" as "tmp/x/" (a combo box paints its
    text in the application's direction, whatever its own is)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__()  # on the application's style
        self.setParent(combo)

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: ANN001, N802 - Qt override
        if element == QStyle.ControlElement.CE_ComboBoxLabel and isinstance(option, QStyleOptionComboBox):
            option = QStyleOptionComboBox(option)
            option.currentText = left_to_right(option.currentText)
        super().drawControl(element, option, painter, widget)


def _ask_one(dialog: QFileDialog) -> str:
    chosen = _ask(dialog)
    return chosen[0] if chosen else ""


def _ask(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()
