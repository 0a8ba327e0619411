"""Run python-calamine in a child process with a memory limit and a timeout.

A reader that aborts (calamine does on some sparse workbooks), runs out of memory or hangs
costs only the child; the parent turns it into an ImportRefused with a code.
"""

from __future__ import annotations

import collections
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.importers.errors import ImportRefused

CHILD_SCRIPT = Path(__file__).with_name("_calamine_child.py")
MEMORY_LIMIT = 3 * 1024**3
TIMEOUT_SECONDS = 300.0
MAX_CELLS = 28_000_000  # every sheet up to column Z over all 1,048,576 Excel rows: the XML scan
# counts a sheet no wider than Z as 26 columns. Streamed, the reader holds only its own compact cells.
CHUNK_ROWS = 5000  # rows per message from the child
QUEUED_CHUNKS = 4  # row chunks waiting for the parent; then the pipe fills and the child waits
_POLL = 0.1


class ChildRead:
    """A started reader process; iterate `messages()`, and close (kill) it when done."""

    def __init__(self, path: Path, request: dict) -> None:
        self.path = path
        full = {"path": str(path), "memory": MEMORY_LIMIT, "max_cells": MAX_CELLS, "chunk_rows": CHUNK_ROWS,
                **request}
        try:
            self.proc = subprocess.Popen([sys.executable, "-I", str(CHILD_SCRIPT)],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE, env={**os.environ, "RUST_BACKTRACE": "0"})
        except OSError as error:
            raise ImportRefused("reader_crashed", path, f"cannot start the reader: {error}") from None
        self.inbox: queue.Queue = queue.Queue(maxsize=QUEUED_CHUNKS)
        self.stop = threading.Event()
        self.stderr = collections.deque(maxlen=8)
        self.errors = threading.Thread(target=self.stderr.extend, args=(self.proc.stderr,), daemon=True)
        self.errors.start()
        self.reader = threading.Thread(target=_pump, args=(self.proc.stdout, self.inbox, self.stop),
                                       daemon=True)
        self.reader.start()
        try:
            self.proc.stdin.write(pickle.dumps(full))
            self.proc.stdin.close()
        except OSError:
            pass  # the child died at once; messages() reports it

    def messages(self, cancel: threading.Event | None = None,
                 timeout: float | None = None) -> Iterator[tuple]:
        """The child's messages until 'done'; refuse on crash, error, cancel, or when the child
        sends nothing for `timeout` seconds while we wait (time spent on its rows does not count)."""
        return _messages(self, cancel, TIMEOUT_SECONDS if timeout is None else timeout)

    def close(self) -> None:
        """Kill the child if it still runs, reap it and stop the pipe reader."""
        self.stop.set()  # a pump waiting for room in the inbox gives up
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.reader.join(timeout=5)
        self.errors.join(timeout=5)
        self.proc.stdout.close()
        self.proc.stderr.close()

    def last_words(self) -> str:
        """The end of what the child wrote to stderr (a Rust abort says why), for the log."""
        return b"".join(self.stderr).decode("utf-8", "replace").strip()[-300:]

    def __enter__(self) -> ChildRead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_child(path: Path, request: dict, *, cancel: threading.Event | None = None,
              timeout: float | None = None) -> Iterator[tuple]:
    """Yield the child's messages for `request`; refuse on crash, error, timeout or cancel."""
    with ChildRead(path, request) as reader:
        yield from reader.messages(cancel, timeout)


def _messages(run: ChildRead, cancel: threading.Event | None, silence: float) -> Iterator[tuple]:
    path, proc, inbox = run.path, run.proc, run.inbox
    deadline = time.monotonic() + silence
    while True:
        if cancel is not None and cancel.is_set():
            raise ImportRefused("cancelled", path)
        if time.monotonic() > deadline:
            raise ImportRefused("timeout", path, f"nothing for {silence:.0f} s")
        try:
            message = inbox.get(timeout=_POLL)
        except queue.Empty:
            continue
        if message is None:
            proc.wait()
            run.errors.join(timeout=5)
            raise ImportRefused("reader_crashed", path,
                                f"reader exit code {proc.returncode}: {run.last_words()}")
        if message[0] == "error":
            raise ImportRefused(message[1], path, message[2])
        if message[0] == "done":
            return
        yield message
        deadline = time.monotonic() + silence


def _pump(stream, inbox: queue.Queue, stop: threading.Event) -> None:
    """Read length-prefixed frames until EOF; None marks an end without 'done'. A full inbox
    holds the child back (bounded memory) until the parent takes a chunk or closes."""
    read: Callable[[int], bytes] = stream.read
    try:
        while True:
            head = read(8)
            if len(head) < 8:
                break
            (size,) = struct.unpack(">Q", head)
            body = read(size)
            if len(body) < size:
                break
            message = pickle.loads(body)
            if not _put(inbox, message, stop):
                return
            if message[0] in ("done", "error"):
                return
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    _put(inbox, None, stop)


def _put(inbox: queue.Queue, message: tuple | None, stop: threading.Event) -> bool:
    while not stop.is_set():
        try:
            inbox.put(message, timeout=_POLL)
            return True
        except queue.Full:
            continue
    return False
