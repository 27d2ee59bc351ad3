"""A donor who cannot finish at the kiosk presses "call a staff member": every
nurse station shows that kiosk at once, until a nurse says they are on their way."""

import pytest
from PySide6.QtCore import Qt

from kiosk.app import App
from kiosk.storage import audit
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words

NURSE_PIN = "2468"


@pytest.fixture
def app(staffed_app):
    return staffed_app


def nurse_station(qtbot, app, staff) -> NurseWindow:
    window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sign_in.choose(staff["nurse"])
    for digit in NURSE_PIN:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # the PIN is checked off the GUI thread
    return window


def test_a_donor_without_a_ticket_calls_and_a_nurse_answers(qtbot, app, staff, db_url, clock, make_window):
    nurse_app = App(db_url, clock=clock)  # the nurse station's own engine, as another process would have
    try:
        station = nurse_station(qtbot, nurse_app, staff)
        assert not station.queue.kiosk_row.isVisible()
        kiosk = make_window()
        qtbot.mouseClick(kiosk.welcome.buttons["fr"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.header.help, Qt.MouseButton.LeftButton)  # on the first screen after the welcome

        qtbot.waitUntil(station.queue.kiosk_row.isVisible, timeout=500)
        assert station.queue.kiosk_banner.text() == (
            "Un donneur à une borne demande un membre de l’équipe\u00a0: \u2066kiosk\u2069"
        )
        qtbot.mouseClick(station.queue.kiosk_button, Qt.MouseButton.LeftButton)
        assert not station.queue.kiosk_row.isVisible()
        with app.db.read() as s:
            answered = audit.events(s, actions=[audit.KIOSK_HELP_ANSWERED])
        assert [(e.station, e.staff_id, e.detail) for e in answered] == [
            ("nurse-1", staff["nurse"], {"kiosk": "kiosk"})
        ]
    finally:
        nurse_app.close()
