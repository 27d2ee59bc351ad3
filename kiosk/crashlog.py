"""Diagnosis on site: a log file, a crash file and hooks for errors nobody caught.

A full-screen kiosk has no terminal: what it writes to stderr is lost. A station
therefore logs to a rotating file in its data directory (`qatra.log`, private to
the account), lets `faulthandler` write a hard crash (a segfault in Qt) to
`crash.log`, and routes every uncaught exception, from the GUI thread, a Qt slot
or another thread, to the log and to the listeners the station registered (the
kiosk goes back to its welcome screen, the nurse station says what happened).

Health data must not reach a log (law 09-08): the formatter hides SQL
parameters and anything shaped like a CIN or a phone number, and the code logs
codes and ids, never names or answers.

Plain Python, as qutebrowser's crash handler (misc/crashsignal.py) is split from
its dialog: the Qt side only adds a listener.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk import paths

log = logging.getLogger(__name__)

LOG_NAME = "qatra.log"
CRASH_NAME = "crash.log"
LOG_BYTES = 1024 * 1024  # each file; five old ones are kept
LOG_BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"

Listener = Callable[[BaseException], None]
_listeners: list[Listener] = []


# -- what a log line may not carry -------------------------------------------------
_REDACTIONS = (
    # SQLAlchemy appends the statement's values to its errors: names, CINs, answers.
    # (one line: the values are printed with repr, which escapes their newlines).
    (re.compile(r"\[(?:SQL )?parameters: [^\n]*"), "[parameters hidden]"),
    (re.compile(r"\+?\b212[\s.-]?[5-7](?:[\s.-]?\d){8}\b|\b0[5-7](?:[\s.-]?\d){8}\b"), "[phone]"),
    (re.compile(r"\b[A-Z]{1,2}[0-9]{3,6}\b"), "[cin]"),
)


def redact(text: str) -> str:
    """`text` without SQL parameters, phone numbers or CIN-shaped values."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class PrivateFormatter(logging.Formatter):
    """Formats as usual (traceback included), then removes personal data."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


# -- files private to the account --------------------------------------------------
def open_private(path: Path, mode: str = "a") -> IO[str]:
    """A text file only this account may read (0600 whatever the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    descriptor = os.open(path, flags, 0o600)
    os.chmod(path, 0o600)  # an older file keeps its mode through os.open
    return os.fdopen(descriptor, mode, encoding="utf-8")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the new ones after a rotation too, is 0600."""

    def _open(self) -> IO[str]:  # type: ignore[override]
        return open_private(Path(self.baseFilename), self.mode)


# -- the hooks ---------------------------------------------------------------------
def add_listener(listener: Listener) -> None:
    """`listener(error)` after an uncaught exception was logged (from any thread:
    a Qt listener hands it to the GUI thread with a queued signal)."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _tell(error: BaseException) -> None:
    for listener in list(_listeners):
        try:
            listener(error)
        except Exception:  # noqa: BLE001 - a broken listener must not hide the first error
            log.exception("a crash listener failed")


def excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook (PySide6 also calls it for an exception in a slot)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("uncaught %s", kind.__name__, exc_info=(kind, error, trace))
    _tell(error)


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread else "?"
    log.critical(
        "uncaught %s in thread %s",
        args.exc_type.__name__,
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
    _tell(args.exc_value)


@dataclass
class Diagnosis:
    """What `start` set up: where the log is, and what the last run left in crash.log."""

    log_path: Path
    crash_path: Path
    previous_crash: str | None
    handler: logging.Handler
    crash_file: IO[str] | None
    hooks: tuple[object, object] = (sys.__excepthook__, threading.__excepthook__)  # what `start` replaced

    def stop(self) -> None:
        """Undo `start` (tests; a clean exit): the hooks, the handler, the crash file."""
        logging.getLogger().removeHandler(self.handler)
        self.handler.close()
        if sys.excepthook is excepthook:
            sys.excepthook = self.hooks[0]  # type: ignore[assignment]
        if threading.excepthook is thread_excepthook:
            threading.excepthook = self.hooks[1]  # type: ignore[assignment]
        if self.crash_file is not None:
            faulthandler.disable()
            self.crash_file.close()
            self.crash_file = None
            try:  # a clean exit leaves no crash file behind
                self.crash_path.unlink()
            except OSError:
                pass


def start(directory: Path | None = None, *, level: int = logging.INFO) -> Diagnosis:
    """The station's log file, faulthandler into crash.log, and the exception hooks.

    A crash.log left by the last run (a hard crash: faulthandler wrote stack
    frames to it) is copied into the log first, then started afresh.
    """
    folder = directory or paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    log_path, crash_path = folder / LOG_NAME, folder / CRASH_NAME
    handler = PrivateRotatingFileHandler(log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(PrivateFormatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    previous = None
    try:
        previous = crash_path.read_text(encoding="utf-8", errors="replace").strip() or None
    except OSError:
        pass
    if previous:
        log.error("the last run stopped on a fatal error:\n%s", previous)
    crash_file: IO[str] | None = None
    try:
        crash_file = open_private(crash_path, "w")
        faulthandler.enable(crash_file, all_threads=True)
    except OSError:
        log.exception("no crash file at %s", crash_path)
    hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    log.info("station started (pid %d); log %s", os.getpid(), log_path)
    return Diagnosis(log_path, crash_path, previous, handler, crash_file, hooks)
