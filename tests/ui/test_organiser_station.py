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


def keys_for(app, tmp_path):
    """This station's keys, and a centre (its own data and database) that trusts it and that it trusts."""
    import contextlib
    import io

    from kiosk.cli import main
    from tests.storage.exchange_world import Station

    assert main(["--db", app.db_url, "keys", "init"]) == 0
    mine = tmp_path / "organiser-public.txt"
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        assert main(["--db", app.db_url, "keys", "show"]) == 0
    mine.write_text(shown.getvalue(), encoding="utf-8")
    centre = Station(tmp_path, "centre").setup()
    centre.ok("keys", "trust", "khouribga", str(mine))
    assert main(["--db", app.db_url, "keys", "trust", "centre", str(centre.root / "public.txt")]) == 0
    return centre


def test_save_writes_the_report_and_the_days_bundle_for_the_centre(qtbot, app, staff, tmp_path, monkeypatch):
    from sqlalchemy import func, select

    from kiosk.storage.models import Donor, Visit

    centre = keys_for(app, tmp_path)
    demo.check_in(app, 3)
    window = organiser(qtbot, app, staff)
    usb = tmp_path / "usb"
    monkeypatch.setattr(window, "choose_folder", lambda: usb)
    monkeypatch.setattr(window, "choose_peer", lambda peers: pytest.fail("one peer: nothing to choose"))
    with qtbot.waitSignal(window.finished, timeout=20000):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert (usb / "qatra-report-2025-12-02" / "report-fr.pdf").read_bytes().startswith(b"%PDF")
    [bundle] = usb.glob("qatra-*.qxb")
    assert bundle.stat().st_mode & 0o777 == 0o600
    assert window.status.text() == (
        f"Bilan et lot d’échange pour «\u00a0\u2068centre\u2069\u00a0» écrits dans \u2068{usb / 'qatra-report-2025-12-02'}\u2069"
    )
    centre.ok("import", str(bundle))
    at_centre = centre.app(app.now())
    with at_centre.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 3
        assert s.scalar(select(func.count()).select_from(Donor)) == 3
    at_centre.close()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fr", "Aucune clé de confiance d’un centre n’est enregistrée sur ce poste"),
        ("ar", "لا يوجد على هذا الجهاز أي مفتاح موثوق لمركز"),
    ],
)
def test_with_no_trusted_centre_the_report_is_still_written_and_the_organiser_told(
    qtbot, app, staff, tmp_path, monkeypatch, lang, said
):
    demo.check_in(app, 1)
    window = organiser(qtbot, app, staff, lang=lang)
    usb = tmp_path / "usb"
    monkeypatch.setattr(window, "choose_folder", lambda: usb)
    with qtbot.waitSignal(window.finished, timeout=20000):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert (usb / "qatra-report-2025-12-02" / f"report-{lang}.pdf").exists()
    assert list(usb.glob("*.qxb")) == []
    assert said in window.status.text()


def test_with_several_trusted_peers_the_organiser_chooses_one(qtbot, app, staff, tmp_path, monkeypatch):
    from kiosk.cli import main
    from tests.storage.exchange_world import Station

    centre = keys_for(app, tmp_path)
    other = tmp_path / "other.txt"
    Station(tmp_path, "laptop-b").setup()
    other.write_text((tmp_path / "laptop-b" / "public.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["--db", app.db_url, "keys", "trust", "laptop-b", str(other)]) == 0
    demo.check_in(app, 1)
    window = organiser(qtbot, app, staff)
    asked = []
    monkeypatch.setattr(window, "choose_peer", lambda peers: asked.append(peers) or "centre")
    monkeypatch.setattr(window, "choose_folder", lambda: tmp_path / "usb")
    with qtbot.waitSignal(window.finished, timeout=20000):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert asked == [["centre", "laptop-b"]]
    [bundle] = (tmp_path / "usb").glob("*.qxb")
    assert centre.cli("import", str(bundle)).code == 0  # sealed to the centre it chose
