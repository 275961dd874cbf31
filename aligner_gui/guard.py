"""Shared by both entry points: turn failures into one line on stderr and an exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from aligner_gui.core.errors import AlignerError
from aligner_gui.core.text.invisible import printable


def run_guarded(action: Callable[[], int], prog: str) -> int:
    try:
        return action()
    except AlignerError as exc:
        print(f"{prog}: error: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\n{prog}: interrupted; work committed so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("ALIGNER_DEBUG"):
            raise
        print(
            f"{prog}: internal error: {type(exc).__name__}: {printable(str(exc))}"
            " (set ALIGNER_DEBUG=1 to see the traceback)",
            file=sys.stderr,
        )
        return 70
