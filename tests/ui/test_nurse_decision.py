"""The decision at the booth: the nurse picks the deferral's reason (none is assumed,
even after a measurement outside the thresholds was corrected), confirms before
anything is written, and may undo a decision for one minute (audited)."""

from __future__ import annotations

from devtools import demo
from kiosk.storage import audit
from kiosk.storage.models import Deferral, Donation, PrintJob, Visit


def count(app, model) -> int:
    with app.db.read() as session:
        return session.query(model).count()


def undo_events(app) -> list[dict]:
    with app.db.read() as session:
        return [dict(e.detail) for e in audit.events(session, actions=[audit.UNDO])]


def test_no_reason_is_chosen_for_the_nurse_even_after_a_corrected_weight(qtbot, nurse):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    nurse.to_interview()
    nurse.type_vitals(weight="45")  # below the minimum…
    nurse.type_vitals(weight="72")  # …then corrected: 72 kg
    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    assert decision.reason.currentData() is None
    assert decision.reason.currentText() == "Choisissez le motif"
    nurse.click(decision.defer_button)
    assert window.status.text() == "Choisissez le motif de l’ajournement."
    assert decision.defer_step.currentIndex() == 0  # nothing to confirm
    assert count(nurse.app, Deferral) == 0


def test_a_donation_waits_for_confirmation_and_cancel_writes_nothing(qtbot, nurse):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    visit_id = nurse.to_interview()
    nurse.type_vitals()
    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.bag.setText("=G12349865432177")
    where = decision.donate_button.mapTo(window, decision.donate_button.rect().center())
    nurse.click(decision.donate_button)
    assert count(nurse.app, Donation) == 0
    assert (
        decision.recorded.text()
        == "Enregistrer ce don\u00a0: Sang total, 450 ml, poche \u2066G1234 98 654321 H\u2069\u202f?"
    )
    confirm = decision.confirm_donation
    assert confirm.isVisible() and confirm.geometry().contains(confirm.parentWidget().mapFrom(window, where))
    nurse.click(decision.cancel_donation)
    assert count(nurse.app, Donation) == 0 and decision.donate_button.isVisible()

    nurse.click(decision.donate_button)
    nurse.click(decision.confirm_donation)
    assert count(nurse.app, Donation) == 1
    assert window.donor.details.status == "donated"
    assert decision.undo_button.isVisible() and decision.undo_button.text() == "Annuler (60 s)"
    assert visit_id == window.donor.visit_id


def test_undo_within_the_minute_brings_the_donor_back_to_the_interview(qtbot, nurse, clock):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr")
    nurse.sign_in("doctor")
    visit_id = nurse.to_interview()
    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.reason.setCurrentIndex(decision.reason.findData("haemoglobin"))
    decision.permanent_button.setChecked(True)
    nurse.click(decision.defer_button)
    assert decision.recorded.text().startswith("Enregistrer un ajournement définitif")
    nurse.click(decision.confirm_deferral)
    assert count(nurse.app, Deferral) == 1

    clock.advance(seconds=45)
    decision.tick()
    assert decision.undo_button.text() == "Annuler (15 s)"
    nurse.click(decision.undo_button)
    assert count(nurse.app, Deferral) == 0
    with nurse.app.db.read() as session:
        assert session.get(Visit, visit_id).status == "interview"
    assert window.donor.details.status == "interview"
    assert decision.deferred_box.isEnabled() and not decision.undo_button.isVisible()
    assert undo_events(nurse.app) == [{"ticket": 1, "undone": "deferral", "reason": "haemoglobin"}]
    assert window.status.text().startswith("Décision annulée")


def test_after_the_minute_the_decision_stays(qtbot, nurse, clock):
    demo.check_in(nurse.app, 1)
    window = nurse.open("fr")
    nurse.sign_in("nurse")
    nurse.to_interview()
    nurse.type_vitals()
    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.bag.setText("BAG0042")
    nurse.click(decision.donate_button)
    nurse.click(decision.confirm_donation)
    undo = decision.undo_button
    assert undo.isVisible()
    clock.advance(seconds=61)
    decision.tick()
    assert not undo.isVisible()
    decision.undo()  # a click that arrives late is refused in words
    assert window.status.text() == (
        "Une décision ne peut être annulée que dans la minute qui suit son enregistrement ; celle-ci reste."
    )
    assert count(nurse.app, Donation) == 1 and undo_events(nurse.app) == []


def certificate_station(nurse, tray):
    """The nurse station with a print queue whose certificate printer is `tray`."""
    from kiosk.station_settings import StationSettings
    from kiosk.ui.printers import PrintQueue

    settings = StationSettings(printers={"card": "Evolis", "certificate": "LaserJet"})
    window = nurse.open(
        "fr",
        printer=lambda words: PrintQueue(
            nurse.app, "nurse-1", settings, device=tray, all_stations=True, translate=words.translate
        ),
    )
    nurse.sign_in("nurse")
    nurse.to_interview()
    nurse.type_vitals()
    decision = window.donor.decision
    window.donor.tabs.setCurrentIndex(2)
    decision.bag.setText("=G12349865432177")
    nurse.click(decision.donate_button)
    nurse.click(decision.confirm_donation)
    return window


def test_an_undone_donation_withdraws_its_certificate_waiting_for_the_printer(qtbot, nurse, tmp_path):
    from tests.ui.test_nurse_station import Tray

    demo.check_in(nurse.app, 1)
    tray = Tray(tmp_path / "tray")
    tray.jammed = True
    window = certificate_station(nurse, tray)
    nurse.click(window.donor.header.print_certificate)
    qtbot.waitUntil(lambda: window.print_status.isVisible(), timeout=5000)  # jammed: the job waits

    nurse.click(window.donor.decision.undo_button)
    assert window.status.text() == (
        "Décision annulée\u00a0: le donneur est de retour en entretien. Le journal d’audit garde les deux."
    )
    assert not window.print_status.isVisible()  # nothing waits any more
    tray.jammed = False
    assert window.printer.retry() == 0  # what Retry does: nothing to send
    qtbot.wait(300)
    assert tray.printed() == []  # the certificate of a donation that no longer exists never prints
    with nurse.app.db.read() as session:
        assert [job.status for job in session.query(PrintJob)] == ["withdrawn"]


def test_undoing_a_donation_whose_certificate_was_printed_says_to_take_it_back(qtbot, nurse, tmp_path):
    from tests.ui.test_nurse_station import Tray

    demo.check_in(nurse.app, 1)
    tray = Tray(tmp_path / "tray")
    window = certificate_station(nurse, tray)
    nurse.click(window.donor.header.print_certificate)
    qtbot.waitUntil(lambda: tray.printed() == ["certificate-LaserJet.pdf"], timeout=5000)

    nurse.click(window.donor.decision.undo_button)
    assert "Une attestation a déjà été imprimée pour ce don" in window.status.text()
    assert count(nurse.app, Donation) == 0
