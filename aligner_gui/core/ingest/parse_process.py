"""Parsing an input file, and checking its rewrites for flags, in helper processes.

Why processes and not threads: building the search index happens inside SQLite, which
releases the GIL, but every row an ``executemany`` binds takes the GIL back. With a
parsing thread busy in Python the writer waits up to a switch interval (5 ms) per row;
measured, that made indexing 60x slower. Separate processes share no GIL, so parsing and
checking the next chunks really run beside the writer, on other cores.

Checking rewrites for flags costs about as much as parsing them or writing them. How it
is shared depends on the cores (checker_count):

* From three cores up, it has processes of its own: the parser sends chunk i to checker
  i mod n, each checker passes every message on with its chunk checked, and the importer
  reads them from the checkers in the same turn, so the chunks arrive in file order.
* On two cores a third busy process only takes turns with the other two (measured: the
  import with flags took 12% longer, its processes 20% more CPU). There the parser checks
  a parsed chunk, a few rows at a time, only while the importer is busy writing; once the
  importer waits, the chunk goes at once and the importer checks the rows left. So
  neither waits long for the other.

The helpers are started with "spawn" (never fork: the GUI process has threads). Each
pipe holds about one chunk, so memory stays at a few chunks whatever the file's size;
each end of a pipe is held by one process only, so when any process dies the next one
sees end-of-file or a broken pipe at once and stops too.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from ctypes import c_byte
from multiprocessing import resource_tracker
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from aligner_gui.core.errors import ImportFileError
from aligner_gui.core.ingest.parsing import ImportOptions, ParsedChunk, check_chunk, flag_checker, parse_chunks
from aligner_gui.core.ingest.resume import ResumePoint
from aligner_gui.core.ingest.sources import ImportStopped, InputFile

# How often a wait for the helpers' next chunk asks whether to stop.
_STOP_CHECK_SECONDS = 0.2
# Rows the parser checks for flags before it asks again whether the importer waits.
_CHECK_ROWS = 50


def checker_count(options: ImportOptions) -> int:
    """How many processes of their own check an import's rewrites for flags: none without
    checking, or below three cores (the parser and the importer share the checks); else
    ``options.flag_checkers`` if given, or one per core beyond two, at most two (two check
    as fast as the parser parses)."""
    if not options.check_flags:
        return 0
    if options.flag_checkers is not None:
        return options.flag_checkers
    return max(0, min(2, (os.cpu_count() or 1) - 2))


def parse_in_subprocess(
    source: InputFile,
    options: ImportOptions,
    resume_from: ResumePoint | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[ParsedChunk]:
    """Yield what ``parse_chunks(source, options, resume_from)`` yields, parsed (and its
    rewrites checked for flags, when ``options`` say so) in helper processes.

    Failures are raised here as they would be in this process: ImportFileError for a
    file that cannot be read, RuntimeError (with the helper's traceback) for a bug.
    While waiting for the helpers, ``stop`` is asked a few times a second: ImportStopped
    once it says so. Closing the generator early stops the helpers.
    """
    context = multiprocessing.get_context("spawn")
    checkers = checker_count(options)
    # Without checkers, 1 while the importer waits for a chunk: the parser checks until then.
    importer_waits = context.Value("b", 1, lock=False) if options.check_flags and not checkers else None
    helpers: list[BaseProcess] = []
    receivers: list[Connection] = []  # what the importer reads, in turn
    parser_outputs: list[Connection] = []
    try:
        for number in range(checkers):
            from_parser, to_checker = context.Pipe(duplex=False)
            receiver, sender = context.Pipe(duplex=False)
            helpers.append(_started(context, _check_between, (from_parser, sender, options), f"checker-{number + 1}"))
            from_parser.close()
            sender.close()
            receivers.append(receiver)
            parser_outputs.append(to_checker)
        if not checkers:
            receiver, sender = context.Pipe(duplex=False)
            receivers.append(receiver)
            parser_outputs.append(sender)
        parser_args = (source, options, resume_from, parser_outputs, importer_waits)
        parser = _started(context, _parse_into_pipes, parser_args, "parser")
        helpers.insert(0, parser)
        for output in parser_outputs:
            output.close()
        turn = 0
        while True:
            receiver = receivers[turn % len(receivers)]
            turn += 1
            if importer_waits is not None:
                importer_waits.value = 1
            while stop is not None and not receiver.poll(_STOP_CHECK_SECONDS):
                if stop():
                    raise ImportStopped
            kind, payload = receive(receiver, helpers, source)
            if importer_waits is not None:
                importer_waits.value = 0
            if kind == "chunk":
                yield payload
            elif kind == "file-failed":
                raise ImportFileError(payload)
            elif kind == "crashed":
                raise RuntimeError(f"an import helper process failed:\n{payload}")
            else:  # "done"
                return
    finally:
        for helper in helpers:
            if helper.is_alive():
                helper.terminate()
        for helper in helpers:
            helper.join()
        for connection in receivers + parser_outputs:
            connection.close()


def _started(context: multiprocessing.context.SpawnContext, target: Callable, args: tuple, name: str) -> BaseProcess:
    helper = context.Process(target=target, args=args, name=f"aligner-import-{name}", daemon=True)
    _start_deaf_to_ctrl_c(helper)
    return helper


def _start_deaf_to_ctrl_c(helper: BaseProcess) -> None:
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
    """A helper process ended without a word: killed, or out of memory."""


def receive(receiver: Connection, helpers: Sequence[BaseProcess], source: InputFile) -> tuple:
    """The helpers' next message; ImportFileError if one of them died, even half-way
    through a message. A helper that died takes the others down after it (end of file,
    a broken pipe): the message names the one with an exit code."""
    try:
        return receiver.recv()
    except (EOFError, OSError):
        for helper in helpers:
            helper.join(timeout=5)
        codes = [helper.exitcode for helper in helpers]
        code = next((code for code in codes if code), codes[0] if codes else None)
        raise helper_died(source.path, code) from None


def helper_died(path: object, exit_code: int | None) -> HelperDied:
    return HelperDied(f"{path}: the import's helper process stopped unexpectedly (exit code {exit_code})")


def _ignore_ctrl_c() -> None:
    # Ctrl+C reaches the whole process group: the importer handles it and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_into_pipes(
    source: InputFile,
    options: ImportOptions,
    resume_from: ResumePoint | None,
    senders: list[Connection],
    importer_waits: c_byte | None,  # 1 while the importer waits for a chunk; None: checkers check
) -> None:
    """The parser's main function: message i goes to ``senders[i % n]``, sent by a thread
    of its own (_Feeder), so that parsing goes on while the importer has not yet taken the
    last chunk (measured: the import 6% faster, 8% with flags). Without checkers, a parsed
    chunk is checked a few rows at a time while the importer is busy."""
    _ignore_ctrl_c()
    checker = flag_checker(options) if importer_waits is not None else None
    feeder = _Feeder(senders)
    try:
        for chunk in parse_chunks(source, options, resume_from):
            while checker is not None and not importer_waits.value and chunk.flags_checked < len(chunk.rows):
                check_chunk(chunk, checker, _CHECK_ROWS)
            feeder.put(("chunk", chunk))
    except ImportFileError as exc:
        feeder.put(("file-failed", str(exc)))
    except Exception:  # noqa: BLE001 - reported to the importer, which re-raises
        import traceback

        feeder.put(("crashed", traceback.format_exc()))
    else:
        feeder.put(("done", None))
    feeder.finish()


class _Feeder:
    """Sends the parser's messages, in turn to each pipe, from a thread: at most one waits
    while another is being sent (a pipe holds far less than a chunk, so a send lasts until
    the other end reads it)."""

    def __init__(self, senders: list[Connection]) -> None:
        self.senders = senders
        self.waiting: queue.Queue[tuple | None] = queue.Queue(maxsize=1)
        self.thread = threading.Thread(target=self._send_all, name="aligner-import-feeder", daemon=True)
        self.thread.start()

    def put(self, message: tuple) -> None:
        self.waiting.put(message)

    def finish(self) -> None:
        self.waiting.put(None)
        self.thread.join()
        for sender in self.senders:
            sender.close()

    def _send_all(self) -> None:
        turn = 0
        while (message := self.waiting.get()) is not None:
            try:
                self.senders[turn % len(self.senders)].send(message)
            except (BrokenPipeError, ConnectionResetError):
                os._exit(0)  # a process down the chain is gone (killed): nobody listens, just stop
            turn += 1


def _check_between(receiver: Connection, sender: Connection, options: ImportOptions) -> None:
    """A checker's main function: pass on every message from the parser, its chunks
    checked for flags, until the parser closes its end."""
    _ignore_ctrl_c()
    checker = flag_checker(options)
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                return  # the parser is done, or gone
            if message[0] == "chunk" and checker is not None:
                try:
                    check_chunk(message[1], checker)
                except Exception:  # noqa: BLE001 - reported to the importer, which re-raises
                    import traceback

                    message = ("crashed", traceback.format_exc())
            sender.send(message)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the importer is gone (killed): just stop
    finally:
        sender.close()
        receiver.close()
