"""Errors meant for the user: their message is the whole story, no traceback needed."""


class AlignerError(Exception):
    """An error whose message is shown to the user as-is."""


class ProjectError(AlignerError):
    """The project file is missing, unreadable, or from an unsupported version."""


class ProjectBusyError(AlignerError):
    """Another process is writing to the project."""


class ImportFileError(AlignerError):
    """A whole input file cannot be read (as opposed to one bad record in it)."""
