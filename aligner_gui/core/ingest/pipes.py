"""Inputs that can be read only once: FIFOs (named pipes, the /dev/fd/N of a shell's
`<(zcat data.jsonl.gz)`) and character devices.

Such an input is opened once, and its first bytes are kept, so that format detection,
the encoding check and the reader all see the same bytes (opening it again would wait
for a new writer, and what the first reading took would be gone). It is opened without
blocking, and every wait for data asks ``stop``: a FIFO nobody writes to, or a writer
that stalls, never keeps the first Ctrl+C from stopping the import. Its size is unknown,
and it is never read in the helper process (see importer).
"""

from __future__ import annotations

import io
import os
import select
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from aligner_gui.core.ingest.sources import SNIFF_BYTES, ImportStopped

# How often a wait for data asks whether to stop.
_WAIT_SECONDS = 0.2


class PipeInput:
    """A FIFO or device opened for reading, with its first SNIFF_BYTES kept (``head``)."""

    def __init__(self, path: Path, stop: Callable[[], bool] | None) -> None:
        self.path = path
        self._stop = stop or (lambda: False)
        # Without O_NONBLOCK, opening a FIFO waits, deaf to Ctrl+C, until a writer opens it.
        self._fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        self._closed = False
        self._taken = False
        try:
            self.head = self._read_head()
        except BaseException:
            self.close()
            raise

    def _read_head(self) -> bytes:
        """Up to SNIFF_BYTES, but no more than the writer has given once it pauses: a
        writer that stalls after a few records must not keep them from being imported."""
        pieces, size = [], 0
        while size < SNIFF_BYTES:
            if pieces and not select.select([self._fd], [], [], _WAIT_SECONDS)[0]:
                break
            piece = self.read(SNIFF_BYTES - size)
            if not piece:
                break
            pieces.append(piece)
            size += len(piece)
        return b"".join(pieces)

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes, b"" at the end; waits for data, ImportStopped if asked to stop."""
        while True:
            # A FIFO that no writer has opened yet reads as empty, but is not readable
            # (on Linux; elsewhere it may read as empty), so this also waits for a writer.
            while not select.select([self._fd], [], [], _WAIT_SECONDS)[0]:
                if self._stop():
                    raise ImportStopped
            try:
                return os.read(self._fd, size)
            except BlockingIOError:  # another reader took the data
                pass

    def sniff(self, compressed: bool) -> bytes:
        """The first bytes, decompressed if ``compressed``: what sources.sniff reads."""
        if not compressed:
            return self.head
        return zlib.decompressobj(wbits=31).decompress(self.head, SNIFF_BYTES)

    def stream(self) -> BinaryIO:
        """The input from its first byte; it can be taken only once."""
        if self._taken:
            raise OSError(f"{self.path} was already read: a pipe or device can be read only once")
        self._taken = True
        return io.BufferedReader(_PipeReader(self))  # type: ignore[return-value]

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            os.close(self._fd)


class _PipeReader(io.RawIOBase):
    def __init__(self, pipe: PipeInput) -> None:
        self._pipe = pipe
        self._head = memoryview(pipe.head)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        piece = self._pipe.read(len(buffer))
        buffer[: len(piece)] = piece
        return len(piece)

    def close(self) -> None:
        self._pipe.close()
        super().close()
