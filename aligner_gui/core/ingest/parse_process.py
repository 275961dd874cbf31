"""Parsing an input file in a helper process.

Why a process and not a thread: building the search index happens inside SQLite, which
releases the GIL, but every row an ``executemany`` binds takes the GIL back. With a
parsing thread busy in Python the writer waits up to a switch interval (5 ms) per row;
measured, that made indexing 60x slower. A separate process shares no GIL, so parsing
the next chunks really runs beside the writer, on another core.

The helper is started with "spawn" (never fork: the GUI process has threads), reads the
file itself and sends back parsed chunks through a pipe, so memory stays at a few
chunks whatever the file's size.

Checking rewrites for flags costs about as much as parsing them. Whichever process would
otherwise wait does it: the helper checks a parsed chunk, a few rows at a time, only
while the importer is busy writing; once the importer waits, the chunk goes at once and
the importer checks the rows left (parsing.check_chunk). So on two cores neither waits
long for the other.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator
from ctypes import c_byte
from multiprocessing import resource_tracker
from multiprocessing.connection import Connection

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.parsing import ImportOptions, ParsedChunk, check_chunk, flag_checker, parse_chunks
from aligner_gui.core.ingest.resume import ResumePoint
from aligner_gui.core.ingest.sources import ImportStopped, InputFile

# How often a wait for the helper's next chunk asks whether to stop.
_STOP_CHECK_SECONDS = 0.2
# Rows the helper checks for flags before it asks again whether the importer waits.
_CHECK_ROWS = 50


def parse_in_subprocess(
    source: InputFile,
    options: ImportOptions,
    resume_from: ResumePoint | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[ParsedChunk]:
    """Yield what ``parse_chunks(source, options, resume_from)`` yields, parsed in a
    helper process.

    Failures are raised here as they would be in this process: ImportFileError for a
    file that cannot be read, RuntimeError (with the helper's traceback) for a bug.
    While waiting for the helper, ``stop`` is asked a few times a second: ImportStopped
    once it says so. Closing the generator early stops the helper.
    """
    context = multiprocessing.get_context("spawn")
    # A one-way pipe, each end held by one process only: if either process dies, the
    # other sees end-of-file or a broken pipe at once instead of waiting for ever.
    receiver, sender = context.Pipe(duplex=False)
    waiting = context.Value("b", 1, lock=False)  # 1 while this process waits for a chunk
    helper = context.Process(
        target=_parse_into_pipe,
        args=(source, options, resume_from, sender, waiting),
        name="aligner-import-parser",
        daemon=True,
    )
    _start_deaf_to_ctrl_c(helper)
    sender.close()
    try:
        while True:
            waiting.value = 1
            while stop is not None and not receiver.poll(_STOP_CHECK_SECONDS):
                if stop():
                    raise ImportStopped
            kind, payload = receive(receiver, helper, source)
            waiting.value = 0
            if kind == "chunk":
                yield payload
            elif kind == "file-failed":
                raise ImportFileError(payload)
            elif kind == "crashed":
                raise RuntimeError(f"the parsing process failed:\n{payload}")
            else:  # "done"
                return
    finally:
        if helper.is_alive():
            helper.terminate()
        helper.join()
        receiver.close()


def _start_deaf_to_ctrl_c(helper: multiprocessing.Process) -> None:
    """Start ``helper`` so that Ctrl+C cannot kill it, not even while it starts up.

    A terminal sends Ctrl+C to the whole process group; the importer decides what it
    means (aligner import stops cleanly). The helper is started with SIGINT ignored,
    which it keeps through exec. Meanwhile SIGINT is blocked here too, so a Ctrl+C in
    that moment stays pending (Linux never drops a blocked signal) and reaches this
    process's own handler once it is back. Handlers can only be changed on the main
    thread; started from another (the app's import thread), the helper ignores
    Ctrl+C once it runs.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        helper.start()
        return
    # Spawning starts multiprocessing's resource tracker first, which unblocks SIGINT on
    # its way: start it before the window, or a pending Ctrl+C would be dropped.
    resource_tracker.ensure_running()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        helper.start()
    finally:
        signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


class HelperDied(ImportFileError):
    """The parsing process ended without a word: killed, or out of memory."""


def receive(receiver: Connection, helper: multiprocessing.Process, source: InputFile) -> tuple:
    """The helper's next message; ImportFileError if it died, even half-way through one."""
    try:
        return receiver.recv()
    except (EOFError, OSError):
        helper.join()
        raise HelperDied(
            f"{source.path}: the parsing process stopped unexpectedly (exit code {helper.exitcode})"
        ) from None


def _parse_into_pipe(
    source: InputFile,
    options: ImportOptions,
    resume_from: ResumePoint | None,
    sender: Connection,
    importer_waits: c_byte,  # 1 while the importer waits for a chunk
) -> None:
    """The helper's main function. The pipe holds about one chunk: parsing stays one
    chunk ahead of the importer and memory stays flat."""
    # Ctrl+C reaches the whole process group: the importer handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    checker = flag_checker(options)
    try:
        try:
            for chunk in parse_chunks(source, options, resume_from):
                while checker is not None and not importer_waits.value and chunk.flags_checked < len(chunk.rows):
                    check_chunk(chunk, checker, _CHECK_ROWS)
                sender.send(("chunk", chunk))
        except ImportFileError as exc:
            sender.send(("file-failed", str(exc)))
        except Exception:  # noqa: BLE001 - reported to the importer, which re-raises
            import traceback

            sender.send(("crashed", traceback.format_exc()))
        else:
            sender.send(("done", None))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the importer is gone (killed): nobody is listening, just stop
    finally:
        sender.close()
