"""What the nurse and organiser stations share (kiosk.ui.nurse.staff_window), checked on both:
an idle station goes back to the PIN pad and shows nothing it showed; a storage fault
shows the banner in the registry's words, and the station resumes once it is fixed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QPushButton, QTableView, QWidget
from sqlalchemy import text

from devtools import demo
from kiosk import errors
from kiosk.app import App
from kiosk.i18n.typography import typeset
from kiosk.storage import db as storage_db
from kiosk.storage.faults import LOCKED, READ_ONLY, StorageFault
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.staff_window import StaffWindow
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words
from kiosk.ui.organiser import window as organiser_window
from kiosk.ui.organiser.window import OrganiserWindow
from tests.safety.helpers import read_only

NURSE_PIN, ORGANISER_PIN = "2468", "9753"
STATIONS = ("nurse", "organiser")


def open_station(qtbot, monkeypatch, station: str, app: App, *, lang="fr", idle_minutes=5.0) -> StaffWindow:
    window: StaffWindow
    if station == "nurse":
        window = NurseWindow(app, NurseSettings(booth=1, idle_minutes=idle_minutes), words=Words(lang), poll_ms=50)
    else:
        monkeypatch.setattr(organiser_window, "IDLE_MINUTES", idle_minutes)  # the organiser's is fixed
        window = OrganiserWindow(app, words=Words(lang), poll_ms=50)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def sign_in(qtbot, window: StaffWindow, station: str, staff: dict[str, int]) -> None:
    role, pin = ("nurse", NURSE_PIN) if station == "nurse" else ("organiser", ORGANISER_PIN)
    window.sign_in.choose(staff[role])
    for digit in pin:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # checked off the GUI thread
    assert window.context.actor is not None, window.sign_in.feedback.text()


def shown(window: QWidget) -> list[str]:
    """Every text on screen: visible labels, and the cells of visible tables and lists."""
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None:
            columns = model.columnCount() if isinstance(view, QTableView) else 1
            texts += [
                str(model.index(row, column).data() or "")
                for row in range(model.rowCount())
                for column in range(columns)
            ]
    return texts


def what_the_page_shows(window: StaffWindow, station: str, visits: list[demo.DemoVisit]) -> str:
    """A donor's name at the nurse station, the count of registered donors at the organiser's."""
    if station == "nurse":
        return visits[0].name_latin
    assert isinstance(window, OrganiserWindow)
    return window.values["registered"].text()


def registry_words(code: str, lang: str, **detail: object) -> str:
    """The fault's message as the error registry has it, set with the language's typography."""
    assert lang in errors.registry()[code][errors.Audience.STAFF].texts  # no fallback to English
    return typeset(errors.message(code, lang, isolate=False, **detail), lang)


@pytest.mark.parametrize("station", STATIONS)
def test_an_idle_station_goes_back_to_the_pin_pad_after_the_configured_time(
    qtbot, monkeypatch, staffed_app, staff, station
):
    visits = demo.check_in(staffed_app, 2)
    window = open_station(qtbot, monkeypatch, station, staffed_app, idle_minutes=0.01)  # 600 ms
    sign_in(qtbot, window, station, staff)
    assert window.stack.currentWidget() is window.main
    page = what_the_page_shows(window, station, visits)
    assert page and page in shown(window)
    assert window.idle.interval() == 600 and window.idle.isActive()

    qtbot.waitUntil(lambda: window.context.actor is None, timeout=5000)
    assert window.stack.currentWidget() is window.sign_in and window.sign_in.isVisible()
    assert not window.main.isVisible() and not window.sign_out_button.isVisible()
    assert page not in shown(window)
    assert window.sign_in.pin.text() == "" and window.sign_in.chosen_staff() is None


@pytest.mark.parametrize("station", STATIONS)
def test_staff_at_work_stay_signed_in(qtbot, monkeypatch, staffed_app, staff, station):
    """A key every half second: longer than the idle time in all, and still signed in."""
    window = open_station(qtbot, monkeypatch, station, staffed_app, idle_minutes=0.05)  # 3 s
    sign_in(qtbot, window, station, staff)
    for _ in range(8):
        qtbot.wait(500)
        QApplication.sendEvent(
            window.who, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        )
    assert window.context.actor is not None and window.stack.currentWidget() is window.main
    qtbot.waitUntil(lambda: window.context.actor is None, timeout=10_000)  # then nobody: signed out


@pytest.fixture
def staffed_url(template, db_url) -> str:
    demo.copy_database(template[0], Path(db_url.removeprefix("sqlite:///")))
    return db_url


def update_a_setting(window: StaffWindow) -> object:
    return window.context.write(lambda s: s.execute(text("UPDATE setting SET value = value")))


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("station", STATIONS)
def test_a_held_database_shows_the_banner_in_the_registrys_words_until_it_is_released(
    qtbot, monkeypatch, staffed_url, staff, clock, station, lang
):
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    app = App(staffed_url, clock=clock)
    try:
        window = open_station(qtbot, monkeypatch, station, app, lang=lang)
        sign_in(qtbot, window, station, staff)
        window.context.watch._timer.setInterval(100)
        assert window.storage_banner.isHidden()
        holder = sqlite3.connect(staffed_url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            assert update_a_setting(window) is None  # refused, nothing written
            assert window.storage_banner.isVisible()
            assert window.storage_banner.text() == registry_words(LOCKED, lang)
            other = "ar" if lang == "fr" else "fr"
            window.words.set_language(other)  # the banner follows the station's language
            assert window.storage_banner.text() == registry_words(LOCKED, other)
            window.words.set_language(lang)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        qtbot.waitUntil(window.storage_banner.isHidden, timeout=5000)  # the probe found the lock free
        assert window.storage_banner.text() == ""
        assert update_a_setting(window) is not None
        assert window.stack.currentWidget() is window.main  # still signed in
    finally:
        app.close()


@pytest.mark.parametrize("station", STATIONS)
def test_a_station_started_while_the_database_was_down_resumes_with_its_campaign(
    qtbot, monkeypatch, template, tmp_path, staff, clock, station
):
    """The database's folder cannot be written (no journal can be made): the banner names
    the file; once the folder is writable the probe clears the banner, the PIN pad lists
    the staff, and the station finds the campaign and follows its queue, without a restart."""
    folder = tmp_path / "venue"
    path = demo.copy_database(template[0], folder / "kiosk.db")
    app = App(f"sqlite:///{path}", clock=clock)
    try:
        seen: list[str] = []
        with read_only(folder):
            window = open_station(qtbot, monkeypatch, station, app)
            window.context.watch._timer.setInterval(100)
            assert window.storage_banner.isVisible()
            assert window.context.campaign_id == 0
            seen.append(window.storage_banner.text())
        assert seen == [registry_words(READ_ONLY, "fr", detail=f"\u2066{path}\u2069")]  # the path left to right
        qtbot.waitUntil(window.storage_banner.isHidden, timeout=5000)
        assert window.context.campaign_id != 0 and window.feed.campaign_id == window.context.campaign_id
        visits = demo.check_in(app, 1)
        sign_in(qtbot, window, station, staff)

        def showing() -> bool:
            page = what_the_page_shows(window, station, visits)
            return page not in ("", "\u2068\u2014\u2069") and page in shown(window)

        qtbot.waitUntil(showing, timeout=5000)
    finally:
        app.close()


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("station", STATIONS)
def test_both_banners_still_fit_a_laptop_screen_signed_out_and_in(
    qtbot, monkeypatch, staffed_app, staff, station, lang
):
    """A held database and a failed backup at once, on a 1366×768 laptop: the window
    keeps its size (no control pushed below the screen's edge), before and after sign-in."""
    window = open_station(qtbot, monkeypatch, station, staffed_app, lang=lang)
    window.storage_banner.show_fault(StorageFault(LOCKED))
    window.backup_banner.show_failure("/media/usb/qatra")
    qtbot.waitUntil(lambda: window.storage_banner.isVisible() and window.backup_banner.isVisible())
    for moment in ("signed out", "signed in"):
        if moment == "signed in":
            sign_in(qtbot, window, station, staff)
        QApplication.processEvents()
        assert window.size().toTuple() == (1366, 768), moment
        page = window.stack.currentWidget()
        room = window.stack.mapTo(window, window.stack.rect().bottomLeft()).y()
        buttons = [button for button in page.findChildren(QPushButton) if button.isVisible()]
        assert buttons, moment
        boxes = [button.geometry().translated(button.parentWidget().mapTo(window, QPoint(0, 0))) for button in buttons]
        for button, box in zip(buttons, boxes, strict=True):  # each control above the status line, whole
            assert box.bottom() <= room, (moment, button.text())
            overlapping = [
                other.text()
                for other, rect in zip(buttons, boxes, strict=True)
                if other is not button and rect.intersects(box)
            ]
            assert not overlapping, (moment, button.text(), overlapping)  # keys squeezed onto each other


@pytest.mark.parametrize("station", STATIONS)
def test_what_the_last_persons_work_said_goes_with_them(qtbot, monkeypatch, staffed_app, staff, station):
    window = open_station(qtbot, monkeypatch, station, staffed_app)
    sign_in(qtbot, window, station, staff)
    status = window.status_line
    assert isinstance(status, QLabel)
    status.setText("Report la prochaine fois : ajournement enregistré.")
    assert status.isVisible()
    window.sign_out()
    assert status.isHidden() and status.text() == ""
    sign_in(qtbot, window, station, staff)
    assert status.isVisible() and status.text() == ""
