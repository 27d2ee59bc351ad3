"""What the stations show when the database fails, and how they resume by themselves:
the kiosk sends the donor to staff, the nurse station and the board say what is wrong."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from kiosk.app import App
from kiosk.storage import db as storage_db
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words
from tests.conftest import CAMPAIGN_MORNING
from tests.safety.helpers import copy_database, damage_middle_page, digest


@pytest.fixture
def template(filled_template_db):
    return filled_template_db


@pytest.fixture
def made(db_url, template):
    copy_database(template, storage_db.Path(db_url.removeprefix("sqlite:///")))
    return db_url


def nurse(qtbot, app, lang="fr"):
    from kiosk.ui.qtapp import create_application

    create_application()
    window = NurseWindow(app, NurseSettings(booth=1), words=Words(lang))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_nurse_station_names_a_held_lock_and_resumes_when_it_is_released(qtbot, made, monkeypatch):
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    window = nurse(qtbot, app)
    window.context.watch._timer.setInterval(100)
    assert window.storage_banner.isHidden()
    holder = sqlite3.connect(made.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    assert window.context.write(lambda s: s.execute(text("UPDATE setting SET value = value"))) is None
    assert window.storage_banner.isVisible()
    assert "Un autre poste" in window.storage_banner.text()
    holder.execute("ROLLBACK")
    holder.close()
    qtbot.waitUntil(window.storage_banner.isHidden, timeout=5000)  # the probe found the lock free
    assert window.context.write(lambda s: s.execute(text("UPDATE setting SET value = value"))) is not None
    app.close()


def test_a_damaged_database_at_the_nurse_station_says_how_to_restore_and_is_not_written(qtbot, made):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    window = nurse(qtbot, app, "ar")
    assert window.storage_banner.isVisible()
    assert "kiosk restore" in window.storage_banner.text() and "متضررة" in window.storage_banner.text()
    assert window.context.write(lambda s: s.execute(text("CREATE TABLE never (x)"))) is None
    assert digest(path) == before
    app.close()


def test_the_board_says_the_database_is_damaged_in_both_languages(qtbot, made):
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.qtapp import create_application

    create_application()
    damage_middle_page(storage_db.Path(made.removeprefix("sqlite:///")))
    board = BoardWindow(App(made, clock=lambda: CAMPAIGN_MORNING))
    qtbot.addWidget(board)
    board.show()
    board.start()
    assert board.storage_banner.isVisible()
    banner = board.storage_banner.text()
    assert "endommagée" in banner and "متضررة" in banner
    board.stop()
    board.app.close()


def open_kiosk_window(qtbot, switch, app):
    from kiosk.ui.kiosk_station.window import KioskWindow

    switch.set_language("fr")
    window = KioskWindow(app, switch, None, connect=False)
    qtbot.addWidget(window)
    window.show()
    window.connect_database()
    return window


def test_the_kiosk_sends_the_donor_to_staff_then_resumes_by_itself(qtbot, switch, monkeypatch, tmp_path):
    """A folder the database cannot be created in: the donor is sent to staff; once the folder
    is writable again the kiosk returns to its welcome screen without anyone touching it."""
    from kiosk.ui.kiosk_station import window as kiosk_window
    from tests.safety.helpers import read_only

    monkeypatch.setattr(kiosk_window, "STORAGE_RETRY_MS", 100)
    folder = tmp_path / "venue"
    folder.mkdir()
    app = App(f"sqlite:///{folder / 'kiosk.db'}", clock=lambda: CAMPAIGN_MORNING)
    with read_only(folder):
        window = open_kiosk_window(qtbot, switch, app)
        assert window.stack.currentWidget() is window.screens.message
        assert "Veuillez appeler un membre de l’équipe" in window.screens.message.text.text()
        assert window.storage_down
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    assert not window.storage_down and window.campaign_spec is not None
    app.close()
    QApplication.processEvents()


def test_the_kiosk_does_not_initialise_an_empty_file(qtbot, switch, made):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    path.write_bytes(b"")  # a failed copy left an empty file
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    window = open_kiosk_window(qtbot, switch, app)
    assert window.stack.currentWidget() is window.screens.message
    qtbot.wait(300)
    assert path.read_bytes() == b""  # refused, not initialised
    app.close()


def test_in_the_background_check_the_nurse_station_paints_first_then_names_the_damage(qtbot, made):
    """A station's start-up check runs while it paints; no write happens before its result."""
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.background_check = True
    window = nurse(qtbot, app)
    qtbot.waitUntil(window.storage_banner.isVisible, timeout=5000)
    assert "endommagée" in window.storage_banner.text()
    assert window.context.write(lambda s: s.execute(text("CREATE TABLE never (x)"))) is None
    assert digest(path) == before
    app.close()


def test_the_kiosk_checks_in_the_background_and_sends_the_donor_to_staff_on_damage(qtbot, switch, made):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.background_check = True  # as every station runs it (kiosk.ui.stations)
    window = open_kiosk_window(qtbot, switch, app)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.message, timeout=5000)
    assert window.storage_down
    assert digest(path) == before
    app.close()
