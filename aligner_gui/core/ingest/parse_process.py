"""Parsing an input file in a helper process.

Why a process and not a thread: building the search index happens inside SQLite, which
releases the GIL, but every row an ``executemany`` binds takes the GIL back. With a
parsing thread busy in Python the writer waits up to a switch interval (5 ms) per row;
measured, that made indexing 60x slower. A separate process shares no GIL, so parsing
the next chunks really runs beside the writer, on another core.

The helper is started with "spawn" (never fork: the GUI process has threads), reads the
file itself and sends back parsed chunks through a bounded queue, so memory stays at a
few chunks whatever the file's size.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
from collections.abc import Iterator

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.parsing import ImportOptions, ParsedChunk, parse_chunks
from aligner_gui.core.ingest.sources import InputFile

# Chunks parsed ahead of the writer.
QUEUE_DEPTH = 3
# How often the importer checks that a silent helper is still alive.
POLL_SECONDS = 1.0


def parse_in_subprocess(source: InputFile, options: ImportOptions) -> Iterator[ParsedChunk]:
    """Yield what ``parse_chunks(source, options)`` yields, parsed in a helper process.

    Failures are raised here as they would be in this process: ImportFileError for a
    file that cannot be read, RuntimeError (with the helper's traceback) for a bug.
    Closing the generator early stops the helper.
    """
    context = multiprocessing.get_context("spawn")
    messages = context.Queue(maxsize=QUEUE_DEPTH)
    helper = context.Process(
        target=_parse_into_queue, args=(source, options, messages), name="aligner-import-parser", daemon=True
    )
    helper.start()
    try:
        while True:
            kind, payload = _next_message(messages, helper, source)
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
        messages.close()


def _next_message(messages: multiprocessing.Queue, helper: multiprocessing.Process, source: InputFile) -> tuple:
    while True:
        try:
            return messages.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if not helper.is_alive():
                raise ImportFileError(
                    f"{source.path}: the parsing process stopped unexpectedly (exit code {helper.exitcode})"
                ) from None


def _parse_into_queue(source: InputFile, options: ImportOptions, messages: multiprocessing.Queue) -> None:
    """The helper's main function."""
    # Ctrl+C reaches the whole process group: the importer handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for chunk in parse_chunks(source, options):
            _send(messages, ("chunk", chunk))
    except _ImporterGone:
        # Nobody will read what is still queued: do not wait at exit to flush it.
        messages.cancel_join_thread()
    except ImportFileError as exc:
        _send(messages, ("file-failed", str(exc)))
    except BaseException:  # noqa: BLE001 - reported to the importer, which re-raises
        import traceback

        _send(messages, ("crashed", traceback.format_exc()))
    else:
        _send(messages, ("done", None))


class _ImporterGone(Exception):
    pass


def _send(messages: multiprocessing.Queue, message: tuple) -> None:
    """Put, waiting while the queue is full, unless the importer has died (killed)."""
    importer = multiprocessing.parent_process()
    while True:
        try:
            messages.put(message, timeout=POLL_SECONDS)
            return
        except queue.Full:
            if importer is not None and not importer.is_alive():
                raise _ImporterGone from None
