"""The organiser station as an organiser uses it, beside a nurse station on another
connection: figures that follow the queue live, a reaction recorded at a booth,
the report written to a folder and printed, organisers only."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from devtools import demo
from kiosk.app import App
from kiosk.domain import reactions
from kiosk.storage import audit
from kiosk.storage.models import AdverseReaction
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words
from kiosk.ui.organiser.window import OrganiserWindow

NURSE_PIN, ORGANISER_PIN = "2468", "9753"


class Printer:
    def __init__(self) -> None:
        self.printed: list[tuple[Path, str, str]] = []

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        self.printed.append((pdf, printer, kind))


@pytest.fixture
def app(staffed_app):
    return staffed_app


@pytest.fixture
def other_app(app):
    """The nurse station's own connection to the same database (another machine, in effect)."""
    other = App(app.db_url, clock=app.clock)
    other.open()
    yield other
    other.close()


def sign_in(qtbot, window, staff_id: int, pin: str) -> None:
    window.sign_in.choose(staff_id)
    for digit in pin:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # the PIN is checked off the GUI thread


def organiser(qtbot, app, staff, lang="fr", device=None) -> OrganiserWindow:
    window = OrganiserWindow(app, words=Words(lang), device=device, poll_ms=20)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sign_in(qtbot, window, staff["organiser"], ORGANISER_PIN)
    assert window.stack.currentWidget() is window.main
    return window


def nurse(qtbot, app, staff) -> NurseWindow:
    window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"), poll_ms=20)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    return window


def give_blood(qtbot, window: NurseWindow, bag: str) -> int:
    qtbot.mouseClick(window.queue.call_next_button, Qt.MouseButton.LeftButton)
    visit_id = window.donor.visit_id
    qtbot.mouseClick(window.queue.start_button, Qt.MouseButton.LeftButton)
    vitals = window.donor.vitals
    for key, value in (("weight", "64"), ("haemoglobin", "13,4"), ("systolic", "124"), ("diastolic", "78")):
        qtbot.keyClicks(vitals.inputs[key], value)
    qtbot.mouseClick(vitals.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.donor.decision.bag, bag)
    qtbot.mouseClick(window.donor.decision.donate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.donor.decision.confirm_donation, Qt.MouseButton.LeftButton)
    assert window.donor.details.status == "donated"
    return visit_id


def test_the_figures_follow_a_donation_recorded_at_another_station(qtbot, app, other_app, staff):
    demo.check_in(app, 2)
    board = organiser(qtbot, app, staff)
    assert board.values["registered"].text().strip("\u2066\u2068\u2069") == "2"
    assert board.values["donations"].text().strip("\u2066\u2068\u2069") == "0 / 100"
    assert board.values["waiting"].text().strip("\u2066\u2068\u2069") == "2"

    station = nurse(qtbot, other_app, staff)
    give_blood(qtbot, station, "BAG0001")
    qtbot.waitUntil(lambda: board.values["donations"].text().strip("\u2066\u2068\u2069") == "1 / 100", timeout=3000)
    assert board.values["waiting"].text().strip("\u2066\u2068\u2069") == "1"
    assert board.progress.value() == 1
    assert "Poste 1" in board.booths.text()


def test_a_reaction_recorded_at_the_booth_appears_in_the_organisers_figures(qtbot, app, other_app, staff):
    demo.check_in(app, 1)
    board = organiser(qtbot, app, staff)
    assert board.values["reactions"].text().strip("\u2066\u2068\u2069") == "0"
    station = nurse(qtbot, other_app, staff)
    visit_id = give_blood(qtbot, station, "BAG0002")

    tab = station.donor.reaction
    station.donor.tabs.setCurrentIndex(4)
    assert station.donor.tabs.tabText(4) == "Réaction"
    assert not tab.record_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(tab.kind_buttons[reactions.VASOVAGAL_SEVERE_LOC], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.action_boxes["legs_raised"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert station.status.text() == "Réaction enregistrée."
    assert "Vasovagal, sévère, avec perte de connaissance" in tab.history.text()

    with app.db.read() as s:
        row = s.query(AdverseReaction).one()
        assert (row.visit_id, row.kind, row.severe, row.actions, row.phase) == (
            visit_id,
            "vasovagal_severe_loc",
            True,
            ["legs_raised"],
            "after",
        )
        assert [e.action for e in audit.events(s, visit_id=visit_id, actions=[audit.REACTION])] == [audit.REACTION]
    qtbot.waitUntil(lambda: board.values["reactions"].text().strip("\u2066\u2068\u2069") == "1", timeout=3000)


def test_a_nurse_cannot_open_the_organiser_station(qtbot, app, staff):
    window = OrganiserWindow(app, words=Words("fr"), poll_ms=20)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    assert window.stack.currentWidget() is window.sign_in
    assert window.status.text() == "Ce poste est réservé aux organisateurs."


def test_the_report_is_written_to_a_folder_and_printed_off_the_gui_thread(qtbot, app, staff, tmp_path, monkeypatch):
    from kiosk import station_settings

    demo.check_in(app, 1)
    device = Printer()
    window = organiser(qtbot, app, staff, device=device)
    monkeypatch.setattr(window, "choose_folder", lambda: tmp_path / "usb")
    with qtbot.waitSignal(window.finished, timeout=20000):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    folder = tmp_path / "usb" / "qatra-report-2025-12-02"
    assert (folder / "report-fr.pdf").read_bytes().startswith(b"%PDF")
    assert (folder / "csv" / "figures.csv").exists()
    assert window.status.text().startswith("Bilan écrit dans")

    with qtbot.waitSignal(window.finished, timeout=20000):
        qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    assert "imprimante de bureau" in window.status.text()  # none set yet: it says how
    station_settings.save(station_settings.load().with_printer("certificate", "Office"))
    with qtbot.waitSignal(window.finished, timeout=20000):
        qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Le bilan est parti à l’imprimante."
    (pdf, printer, kind) = device.printed[-1]
    assert printer == "Office" and kind == "report" and pdf.stat().st_mode & 0o777 == 0o600


def test_the_station_speaks_both_languages(qtbot, app, staff):
    window = organiser(qtbot, app, staff, lang="ar")
    assert window.title.text() == "محطة المنظِّم"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    assert window.title.text() == "Poste de l’organisateur"
    assert window.captions["registered"].text() == "Donneurs inscrits"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
