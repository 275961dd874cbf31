"""Errors meant for the user: their message is the whole story, no traceback needed."""


class AlignerError(Exception):
    """An error whose message is shown to the user as-is."""


class ProjectError(AlignerError):
    """The project file is missing, unreadable, or from an unsupported version."""


class ProjectWriteError(ProjectError):
    """A change could not be written to the project: what was committed before it is
    kept, nothing of the change is (a disk I/O error, or one of the kinds below)."""


class ProjectBusyError(ProjectWriteError):
    """Another process is writing to the project."""


class ProjectReadOnlyError(ProjectWriteError):
    """The project can be read but not changed (file, folder or file system read-only)."""


class ProjectDiskFullError(ProjectWriteError):
    """The disk holding the project is full."""


class ImportFileError(AlignerError):
    """A whole input file cannot be read (as opposed to one bad record in it)."""


class ExportError(AlignerError):
    """An export could not be written; nothing of it was left behind."""


class UsageError(AlignerError):
    """An option value the command cannot use (an unknown flag code or order)."""
