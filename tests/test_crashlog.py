"""Diagnosis on site: a private rotating log, faulthandler into crash.log, and hooks
that log every uncaught exception (main thread, Qt slot, other threads) without
personal data and tell the station."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import threading

import pytest
from sqlalchemy.exc import IntegrityError

from kiosk import crashlog


@pytest.fixture
def started(tmp_path):
    folder = tmp_path / "data"
    old_umask = os.umask(0o022)  # what a desktop session usually has
    diagnosis = crashlog.start(folder)
    heard: list[BaseException] = []
    crashlog.add_listener(heard.append)
    yield diagnosis, heard
    crashlog.remove_listener(heard.append)
    diagnosis.stop()
    os.umask(old_umask)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def logged(diagnosis) -> str:
    diagnosis.handler.flush()
    return diagnosis.log_path.read_text(encoding="utf-8")


def test_the_log_and_the_crash_file_are_private_even_after_a_rotation(started):
    diagnosis, _ = started
    logging.getLogger("kiosk.test").warning("a line")
    assert mode(diagnosis.log_path.parent) == 0o700
    assert mode(diagnosis.log_path) == 0o600 and mode(diagnosis.crash_path) == 0o600
    diagnosis.handler.doRollover()
    logging.getLogger("kiosk.test").warning("after the rotation")
    rotated = diagnosis.log_path.with_name(diagnosis.log_path.name + ".1")
    assert mode(rotated) == 0o600 and mode(diagnosis.log_path) == 0o600


def test_an_uncaught_error_is_logged_without_personal_data_and_the_station_told(started):
    diagnosis, heard = started
    try:  # what a failed insert says: the statement's values would carry the donor's CIN and phone
        raise IntegrityError("INSERT INTO donor (cin, phone) VALUES (?, ?)", ("BK123456", "+212612345642"), None)
    except IntegrityError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    text = logged(diagnosis)
    assert "uncaught IntegrityError" in text and "Traceback (most recent call last)" in text
    assert "BK123456" not in text and "612345642" not in text and "[parameters hidden]" in text
    assert [type(e) for e in heard] == [IntegrityError]


def test_phone_numbers_and_cins_in_a_message_are_hidden():
    assert crashlog.redact("donor AB123456 called 0612345678 or +212 6 12 34 56 78") == (
        "donor [cin] called [phone] or [phone]"
    )


def test_an_error_in_another_thread_is_logged_and_heard(started):
    diagnosis, heard = started

    def work() -> None:
        raise RuntimeError("printer thread")

    thread = threading.Thread(target=work, name="printing")
    thread.start()
    thread.join()
    assert "uncaught RuntimeError in thread printing" in logged(diagnosis)
    assert [str(e) for e in heard] == ["printer thread"]


def test_a_hard_crash_is_in_crash_log_and_reported_at_the_next_start(tmp_path):
    folder = tmp_path / "data"
    code = (
        "import faulthandler, pathlib, sys\n"
        "from kiosk import crashlog\n"
        f"crashlog.start(pathlib.Path({str(folder)!r}))\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "Fatal Python error" in (folder / crashlog.CRASH_NAME).read_text(encoding="utf-8")
    diagnosis = crashlog.start(folder)
    try:
        assert diagnosis.previous_crash and "Fatal Python error" in diagnosis.previous_crash
        assert "the last run stopped on a fatal error" in logged(diagnosis)
        assert (folder / crashlog.CRASH_NAME).read_text(encoding="utf-8") == ""  # started afresh
    finally:
        diagnosis.stop()
    assert not (folder / crashlog.CRASH_NAME).exists()  # a clean exit leaves none


def test_stopping_gives_back_the_hooks_it_found(tmp_path):
    before = sys.excepthook, threading.excepthook
    crashlog.start(tmp_path).stop()
    assert (sys.excepthook, threading.excepthook) == before
