"""Why a server could not be reached, in one fixed wording on every system, so that the
front ends can translate the common cases (the system's own text varies by platform and
by the C library's language)."""

from __future__ import annotations

import errno
import socket

CONNECTION_REFUSED = "Connection refused"
CONNECTION_TIMED_OUT = "Connection timed out"
NO_ROUTE_TO_HOST = "No route to host"
NETWORK_UNREACHABLE = "Network is unreachable"
CONNECTION_RESET = "Connection reset by peer"
NAME_NOT_KNOWN = "Name or service not known"
NAME_LOOKUP_FAILED = "Temporary failure in name resolution"

# errno values (POSIX, and Windows' WSA codes where Python has them) of the common cases.
_BY_ERRNO = {
    code: reason
    for names, reason in (
        (("ETIMEDOUT", "WSAETIMEDOUT"), CONNECTION_TIMED_OUT),
        (("EHOSTUNREACH", "WSAEHOSTUNREACH", "EHOSTDOWN", "WSAEHOSTDOWN"), NO_ROUTE_TO_HOST),
        (("ENETUNREACH", "WSAENETUNREACH", "ENETDOWN", "WSAENETDOWN"), NETWORK_UNREACHABLE),
    )
    for name in names
    if (code := getattr(errno, name, None)) is not None
}
_NAME_ERRORS = {
    code: reason
    for name, reason in (
        ("EAI_NONAME", NAME_NOT_KNOWN),
        ("EAI_NODATA", NAME_NOT_KNOWN),
        ("EAI_AGAIN", NAME_LOOKUP_FAILED),
    )
    if (code := getattr(socket, name, None)) is not None
}


def network_reason(error: Exception) -> str:
    """Why connecting failed: one of the phrases above for the common cases, else the
    system's own text."""
    if isinstance(error, ConnectionRefusedError):
        return CONNECTION_REFUSED
    if isinstance(error, ConnectionResetError):
        return CONNECTION_RESET
    code = getattr(error, "errno", None)
    if isinstance(error, socket.gaierror) and code in _NAME_ERRORS:
        return _NAME_ERRORS[code]
    if not isinstance(error, socket.gaierror) and code in _BY_ERRNO:
        return _BY_ERRNO[code]
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
