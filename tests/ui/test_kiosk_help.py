"""A donor presses "call a staff member": the kiosk says a staff member has been
called until a nurse presses "on my way" at a nurse station, then tells the
donor. The nurse's alert names the kiosk as station.toml does, and ends when
answered or when the donor's session at the kiosk ends; no alert outlives it."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.app import App
from kiosk.storage import audit, staff_calls
from kiosk.storage.models import StaffCall
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words

NURSE_PIN = "2468"
CALLED_FR = "Un membre de l’équipe a été appelé."
COMING_FR = "Un membre de l’équipe arrive."
CALLED_AR = "تم استدعاء أحد أفراد الطاقم."
COMING_AR = "أحد أفراد الطاقم في الطريق إليك."


@pytest.fixture
def app(staffed_app):
    staffed_app.station = "Entrée A"  # as open_kiosk reads station.toml
    return staffed_app


@pytest.fixture
def nurse_app(db_url, clock):
    application = App(db_url, clock=clock)  # the nurse station's own engine, as another process would have
    yield application
    application.close()


def nurse_station(qtbot, app, staff) -> NurseWindow:
    window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sign_in(qtbot, window, staff)
    return window


def sign_in(qtbot, window, staff) -> None:
    window.sign_in.choose(staff["nurse"])
    for digit in NURSE_PIN:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.actor is not None, timeout=10_000)  # the PIN is checked off the GUI thread


def test_called_until_a_nurse_is_on_the_way(qtbot, app, nurse_app, staff, make_window):
    station = nurse_station(qtbot, nurse_app, staff)
    assert not station.queue.kiosk_row.isVisible()
    queue = station.queue
    placed = (queue.find_field.geometry(), queue.table.geometry(), queue.call_next_button.geometry())
    kiosk = make_window()
    qtbot.mouseClick(kiosk.welcome.buttons["fr"], Qt.MouseButton.LeftButton)
    header = kiosk.header.height()
    qtbot.mouseClick(kiosk.header.help, Qt.MouseButton.LeftButton)  # on the first screen after the welcome
    assert kiosk.header.notice.text() == CALLED_FR  # called, nobody is on the way yet
    qtbot.wait(10)
    assert kiosk.header.height() == header  # the notice fits: nothing below it moves

    qtbot.waitUntil(station.queue.kiosk_row.isVisible, timeout=1000)
    qtbot.wait(10)  # laid out: the alert took its kept room, nothing under the nurse's finger moved
    assert (queue.find_field.geometry(), queue.table.geometry(), queue.call_next_button.geometry()) == placed
    assert station.queue.kiosk_banner.full_text() == (
        "Un donneur à une borne demande un membre de l’équipe\u00a0: \u2066Entrée A\u2069"
    )
    qtbot.wait(2500)  # the kiosk asks again: still nobody on the way
    assert kiosk.header.notice.text() == CALLED_FR
    qtbot.mouseClick(station.queue.kiosk_button, Qt.MouseButton.LeftButton)
    assert not station.queue.kiosk_row.isVisible()
    qtbot.waitUntil(lambda: kiosk.header.notice.text() == COMING_FR, timeout=4000)
    qtbot.wait(10)
    assert kiosk.header.height() == header
    with app.db.read() as s:
        answered = audit.events(s, actions=[audit.STAFF_CALL_ANSWERED])
    assert [(e.station, e.staff_id, e.detail["kiosk"]) for e in answered] == [("nurse-1", staff["nurse"], "Entrée A")]

    kiosk.switch.set_language("ar")  # the donor reads it in their language
    qtbot.waitUntil(lambda: kiosk.header.notice.text() == COMING_AR, timeout=1000)
    qtbot.wait(10)
    assert kiosk.header.height() == header
    qtbot.mouseClick(kiosk.header.help, Qt.MouseButton.LeftButton)  # tapped again: still on the way
    assert kiosk.header.notice.text() == COMING_AR


def test_the_alert_ends_with_the_donors_session_and_stays_gone(qtbot, app, nurse_app, staff, make_window):
    station = nurse_station(qtbot, nurse_app, staff)
    kiosk = make_window()
    qtbot.mouseClick(kiosk.welcome.buttons["ar"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.header.help, Qt.MouseButton.LeftButton)
    assert kiosk.header.notice.text() == CALLED_AR
    qtbot.waitUntil(station.queue.kiosk_row.isVisible, timeout=1000)

    kiosk.reset()  # the donor walked away: the inactivity countdown brings the welcome screen back
    assert kiosk.header.notice.text() == ""
    qtbot.waitUntil(lambda: not station.queue.kiosk_row.isVisible(), timeout=1000)
    station.sign_out()  # and neither a sign-out nor a restart brings it back
    sign_in(qtbot, station, staff)
    assert not station.queue.kiosk_row.isVisible()
    restarted = nurse_station(qtbot, nurse_app, staff)
    assert not restarted.queue.kiosk_row.isVisible()
    with app.db.read() as s:
        assert s.scalars(select(StaffCall.state)).all() == ["ended"]


def test_a_kiosk_start_ends_the_calls_it_left_open(qtbot, app, nurse_app, staff, make_window):
    with app.db.write() as s:  # the kiosk lost power while a donor waited for someone
        left = staff_calls.call(s, "Entrée A", None, app.today(), now=app.now() - timedelta(minutes=5)).id
    kiosk = make_window()
    qtbot.waitUntil(lambda: kiosk.flow.staff_call_state() is None and _state(app, left) == "ended", timeout=5000)
    station = nurse_station(qtbot, nurse_app, staff)
    assert not station.queue.kiosk_row.isVisible()


def _state(app, call_id):
    with app.db.read() as s:
        return staff_calls.state_of(s, call_id)


def test_the_alert_names_the_kiosk_as_station_toml_does(qtbot, qapp, app, switch):
    from kiosk import station_settings
    from kiosk.ui.kiosk_station.station import open_kiosk

    station_settings.save(station_settings.StationSettings(station="Borne du hall"))
    window, its_switch = open_kiosk(app, qapp, connect=False)
    qtbot.addWidget(window)
    try:
        window.flow.request_staff()
        with app.db.read() as s:
            assert [c.station for c in staff_calls.waiting_calls(s, app.now())] == ["Borne du hall"]
    finally:  # its catalogue leaves with it (the `switch` fixture restores the locale and direction)
        from PySide6.QtCore import QTranslator

        for translator in its_switch.findChildren(QTranslator):
            qapp.removeTranslator(translator)


def test_a_call_that_cannot_be_sent_says_so(qtbot, app, make_window, monkeypatch):
    from sqlalchemy.exc import OperationalError

    kiosk = make_window()
    qtbot.mouseClick(kiosk.welcome.buttons["fr"], Qt.MouseButton.LeftButton)
    header = kiosk.header.height()

    def locked() -> int:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(kiosk.flow, "request_staff", locked)
    qtbot.mouseClick(kiosk.header.help, Qt.MouseButton.LeftButton)
    # Nobody was called: the donor is not told someone is coming.
    assert kiosk.header.notice.text() == "Appel non envoyé\u00a0: adressez-vous à un membre de l’équipe."
    qtbot.wait(10)
    assert kiosk.header.height() == header
    with app.db.read() as s:
        assert s.scalars(select(StaffCall)).all() == []
