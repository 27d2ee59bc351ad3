"""The nurse station as staff use it: sign-in, the queue, answers, vitals, decisions, override.

Every test works on its own SQLite file at a fixed time; staff are created with
the staff API (real scrypt PINs), donors through the kiosk's check-in.
"""

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from devtools import demo
from kiosk.app import App
from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.storage import audit, campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage.models import Deferral, Donation, QuestionnaireResponse, Visit
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words

MORNING = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)  # 10:30 in Khouribga, the campaign's first day
PACK = default_pack()
NURSE_PIN, DOCTOR_PIN, ORGANISER_PIN = "2468", "1357", "9753"


@pytest.fixture
def app(staffed_app):
    """The station's App on a copy of the staffed database (tests/ui/conftest.py)."""
    return staffed_app


def open_station(qtbot, app, *, booth=1, lang="fr", idle_minutes=5.0) -> NurseWindow:
    window = NurseWindow(app, NurseSettings(booth=booth, idle_minutes=idle_minutes), words=Words(lang))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def sign_in(qtbot, window: NurseWindow, staff_id: int, pin: str) -> None:
    window.sign_in.choose(staff_id)
    for digit in pin:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # the PIN is checked off the GUI thread


def events(app, action):
    with app.db.read() as s:
        return [(e.staff_id, e.visit_id, dict(e.detail)) for e in audit.events(s, actions=[action])]


def open_visit(window: NurseWindow, visit_id: int) -> None:
    window.open_visit(visit_id)
    assert window.donor.visit_id == visit_id


def to_interview(qtbot, window: NurseWindow) -> int:
    """Call the next donor to this booth and seat them; the visit id."""
    qtbot.mouseClick(window.queue.call_next_button, Qt.MouseButton.LeftButton)
    visit_id = window.donor.visit_id
    assert visit_id is not None
    qtbot.mouseClick(window.queue.start_button, Qt.MouseButton.LeftButton)
    assert window.donor.details.status == "interview"
    return visit_id


def type_vitals(qtbot, window, weight="64", hb="13,4", systolic="124", diastolic="78") -> None:
    vitals = window.donor.vitals
    for key, value in (("weight", weight), ("haemoglobin", hb), ("systolic", systolic), ("diastolic", diastolic)):
        vitals.inputs[key].clear()
        qtbot.keyClicks(vitals.inputs[key], value)
    qtbot.mouseClick(vitals.save_button, Qt.MouseButton.LeftButton)


# -- signing in -----------------------------------------------------------------------------------
def test_sign_in_with_the_pad_then_sign_out(qtbot, app, staff):
    window = open_station(qtbot, app)
    assert window.stack.currentWidget() is window.sign_in
    names = [window.sign_in.staff_list.item(i).text() for i in range(window.sign_in.staff_list.count())]
    assert names == [
        "\u2068Dr Karim Alaoui\u2069 — médecin",
        "\u2068Naima Berrada\u2069 — personnel infirmier",
        "\u2068Rachid Fassi\u2069 — équipe d’organisation",
    ]

    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    assert window.stack.currentWidget() is window.main
    assert window.who.text() == "\u2068Naima Berrada\u2069 · personnel infirmier"
    assert [e[0] for e in events(app, audit.SIGN_IN)] == [staff["nurse"]]

    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.sign_in
    assert window.context.actor is None
    assert window.sign_in.pin.text() == ""


def test_five_wrong_pins_lock_the_station_even_after_a_restart(qtbot, app, staff, clock, db_url):
    window = open_station(qtbot, app)
    for attempt in range(1, 5):
        sign_in(qtbot, window, staff["nurse"], "0000")
        assert (
            window.sign_in.feedback.text()
            == f"Code PIN erroné. Essais restants avant le verrouillage du poste : {5 - attempt}."
        )
    sign_in(qtbot, window, staff["nurse"], "0000")
    assert window.sign_in.locked, window.sign_in.feedback.text()
    assert window.sign_in.feedback.text() == (
        "Trop de codes PIN erronés sur ce poste\u00a0: la connexion y est verrouillée pendant 1 minute."
    )
    assert not window.sign_in.digits["1"].isEnabled()

    clock.advance(seconds=30)  # still locked: even the right PIN is not checked
    window.sign_in.pin.setEnabled(True)
    window.sign_in.pin.setText(NURSE_PIN)
    window.sign_in.submit()
    assert window.stack.currentWidget() is window.sign_in and not window.sign_in.check.busy
    assert window.sign_in.feedback.text() == (
        "Trop de codes PIN erronés sur ce poste\u00a0: la connexion y est verrouillée pendant 30 secondes."
    )
    failed = events(app, audit.SIGN_IN_FAILED)
    assert len(failed) == 5 and failed[0][2] == {"attempts_left": 0, "locked": True}

    window.close()
    again = App(db_url, clock=clock)  # the station restarts on the same database: still locked
    try:
        restarted = open_station(qtbot, again)
        assert restarted.sign_in.locked and not restarted.sign_in.digits["1"].isEnabled()
        clock.advance(seconds=31)
        qtbot.waitUntil(lambda: not restarted.sign_in.locked, timeout=2000)  # the countdown reopens the pad
        sign_in(qtbot, restarted, staff["nurse"], NURSE_PIN)
        assert restarted.stack.currentWidget() is restarted.main, restarted.sign_in.feedback.text()
        restarted.close()
    finally:
        again.close()


def test_a_name_locked_at_one_booth_is_locked_at_the_next(qtbot, app, staff, db_url, clock):
    one = open_station(qtbot, app, booth=1)
    for _ in range(5):
        sign_in(qtbot, one, staff["nurse"], "0000")
    other_app = App(db_url, clock=clock)
    try:
        two = open_station(qtbot, other_app, booth=2)
        assert not two.sign_in.locked  # booth 2 itself is open
        sign_in(qtbot, two, staff["nurse"], NURSE_PIN)
        assert two.stack.currentWidget() is two.sign_in
        assert two.sign_in.feedback.text() == (
            "Trop de codes PIN erronés pour ce nom\u00a0: il est verrouillé pendant 1 minute. "
            "Les autres noms peuvent se connecter."
        )
        sign_in(qtbot, two, staff["doctor"], DOCTOR_PIN)
        assert two.stack.currentWidget() is two.main
        two.close()
    finally:
        other_app.close()


def test_the_pin_is_checked_off_the_gui_thread_and_only_once(qtbot, app, staff, monkeypatch):
    import threading

    from kiosk.storage import staff as store

    real, release, threads = store.sign_in, threading.Event(), []

    def slow_sign_in(*args):
        threads.append(threading.get_ident())
        release.wait(5)
        return real(*args)

    monkeypatch.setattr(store, "sign_in", slow_sign_in)
    window = open_station(qtbot, app)
    window.sign_in.choose(staff["nurse"])
    for digit in NURSE_PIN:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.sign_in.check.busy and window.sign_in.feedback.text() == "Vérification\u2026"
    assert not window.sign_in.sign_in_button.isEnabled() and not window.sign_in.digits["1"].isEnabled()
    window.sign_in.pin.setText(NURSE_PIN)
    window.sign_in.submit()  # a second tap (Enter) while checking: ignored
    qtbot.wait(50)  # the GUI thread is free meanwhile: events are processed
    release.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=5000)
    assert len(threads) == 1 and threads[0] != threading.get_ident()
    assert len(events(app, audit.SIGN_IN)) == 1


def test_a_short_pin_does_not_count_as_an_attempt(qtbot, app, staff):
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["nurse"], "12")
    assert window.sign_in.feedback.text() == "Un code PIN compte de 4 à 8 chiffres."
    assert events(app, audit.SIGN_IN_FAILED) == []


def test_idle_station_signs_out_and_hides_the_queue(qtbot, app, staff):
    demo.check_in(app, 2)
    window = open_station(qtbot, app, idle_minutes=0.005)  # 0.3 s
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    assert window.queue.model.rowCount() == 2
    qtbot.waitUntil(lambda: window.context.actor is None, timeout=3000)
    assert window.stack.currentWidget() is window.sign_in
    assert window.queue.model.rowCount() == 0 and window.donor.details is None


# -- the queue ------------------------------------------------------------------------------------
def test_two_stations_on_one_file_call_two_different_donors(qtbot, app, staff, db_url, clock):
    visits = demo.check_in(app, 3)
    other_app = App(db_url, clock=clock)  # the second station: its own engine, as another process would
    try:
        one = open_station(qtbot, app, booth=1)
        two = open_station(qtbot, other_app, booth=2)
        sign_in(qtbot, one, staff["nurse"], NURSE_PIN)
        sign_in(qtbot, two, staff["doctor"], DOCTOR_PIN)

        qtbot.mouseClick(one.queue.call_next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(two.queue.call_next_button, Qt.MouseButton.LeftButton)
        first, second = one.donor.details, two.donor.details
        assert (first.ticket, first.booth) == (visits[0].ticket, 1)
        assert (second.ticket, second.booth) == (visits[1].ticket, 2)

        # Each station sees the other's call without anyone touching it.
        def shows(window, ticket, status, booth):
            row = window.queue.model.row_of(ticket)
            return row is not None and (
                window.queue.model.row_at(row).status,
                window.queue.model.row_at(row).booth,
            ) == (status, booth)

        qtbot.waitUntil(lambda: shows(one, visits[1].visit_id, "called", 2), timeout=500)
        qtbot.waitUntil(lambda: shows(two, visits[0].visit_id, "called", 1), timeout=500)
        with app.db.read() as s:
            assert [e.station for e in audit.events(s, actions=[audit.CALL])] == ["nurse-2", "nurse-1"]
    finally:
        other_app.close()


def test_recall_absent_and_transfer(qtbot, app, staff):
    visits = demo.check_in(app, 5)
    window = open_station(qtbot, app, booth=1)
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    qtbot.mouseClick(window.queue.call_next_button, Qt.MouseButton.LeftButton)
    assert window.queue.selected().visit_id == visits[0].visit_id

    qtbot.mouseClick(window.queue.recall_button, Qt.MouseButton.LeftButton)
    assert window.queue.selected().call_count == 2
    qtbot.mouseClick(window.queue.skip_button, Qt.MouseButton.LeftButton)  # absent: behind three others
    waiting = [r.visit_id for r in window.queue.model.rows if r.status == "waiting"]
    assert waiting == [v.visit_id for v in (visits[1], visits[2], visits[3], visits[0], visits[4])]
    assert window.queue.selected().visit_id == visits[0].visit_id  # the selection followed the donor

    qtbot.mouseClick(window.queue.call_next_button, Qt.MouseButton.LeftButton)
    window.queue.transfer_booth.setValue(3)
    qtbot.mouseClick(window.queue.transfer_button, Qt.MouseButton.LeftButton)
    assert window.donor.details.booth == 3
    assert window.status.text() == f"Ticket \u2066{visits[1].ticket:03d}\u2069 envoyé au box 3."
    for _ in range(3):  # calls 2 and 3, then the limit
        qtbot.mouseClick(window.queue.recall_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Déjà appelé 3 fois : marquez plutôt le donneur comme absent."


def test_flagged_donors_are_shown_until_someone_attends(qtbot, app, staff):
    visits = demo.check_in(app, 4, needs_staff=(2,))
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    flagged = visits[2]
    assert window.queue.staff_banner.isVisible()
    assert (
        window.queue.staff_banner.full_text()
        == f"Demande un membre du personnel\u00a0: \u2066{flagged.ticket:03d}\u2069"
    )
    model = window.queue.model
    row = model.row_of(flagged.visit_id)
    assert model.index(row, 4).data() == "Demande du personnel"
    table, header = window.queue.table, window.queue.table.horizontalHeader()
    assert all(header.sectionSize(c) >= table.sizeHintForColumn(c) for c in range(5))  # no status or flag cut
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    window.queue.select_visit(flagged.visit_id)
    open_visit(window, flagged.visit_id)
    assert window.donor.header.asking.isVisible()
    qtbot.mouseClick(window.queue.attend_button, Qt.MouseButton.LeftButton)
    assert not window.queue.staff_banner.isVisible()
    assert model.index(model.row_of(flagged.visit_id), 4).data() == ""
    assert not window.donor.header.asking.isVisible()


def test_a_scanned_ticket_opens_its_visit(qtbot, app, staff):
    visits = demo.check_in(app, 3)
    with app.db.read() as s:
        token = s.get(Visit, visits[1].visit_id).ticket_token
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    qtbot.keyClicks(window.queue.find_field, f"QV:{token}")
    qtbot.keyClick(window.queue.find_field, Qt.Key.Key_Return)
    assert window.donor.visit_id == visits[1].visit_id
    assert window.queue.selected().visit_id == visits[1].visit_id
    qtbot.keyClicks(window.queue.find_field, "999")
    qtbot.keyClick(window.queue.find_field, Qt.Key.Key_Return)
    assert window.status.text() == "Aucune visite aujourd'hui pour « 999 »."


# -- the donor's answers ----------------------------------------------------------------------------
def test_showing_the_answers_is_audited_and_reads_in_plain_words(qtbot, app, staff):
    visits = demo.check_in(app, 2, refer=(1,))
    window = open_station(qtbot, app, lang="ar")
    sign_in(qtbot, window, staff["doctor"], DOCTOR_PIN)
    open_visit(window, visits[1].visit_id)
    answers = window.donor.answers
    assert answers.texts() == [] and events(app, audit.VIEW_ANSWERS) == []

    qtbot.mouseClick(answers.show_button, Qt.MouseButton.LeftButton)
    shown = answers.texts()
    assert "• " + PACK.explain("medication", "ar") in shown
    assert "• " + PACK.explain("risk_behaviour", "ar") in shown
    assert PACK.rule("medication").question["ar"] in shown and "نعم" in shown
    assert "حساس: يُسأل عنه خلال المقابلة" in shown  # the sensitive answer itself was never kept
    assert events(app, audit.VIEW_ANSWERS) == [(staff["doctor"], visits[1].visit_id, {"pack": PACK.ref})]

    open_visit(window, visits[0].visit_id)  # another donor: the answers are gone from the screen
    assert answers.texts() == []


def test_an_organiser_runs_the_queue_but_sees_no_health_data(qtbot, app, staff):
    visits = demo.check_in(app, 2, refer=(0,))
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["organiser"], ORGANISER_PIN)
    qtbot.mouseClick(window.queue.call_next_button, Qt.MouseButton.LeftButton)
    assert window.donor.visit_id == visits[0].visit_id
    qtbot.mouseClick(window.queue.start_button, Qt.MouseButton.LeftButton)
    assert not window.donor.answers.show_button.isEnabled()
    assert not window.donor.vitals.save_button.isEnabled()
    assert not window.donor.decision.donated_box.isEnabled()
    assert not window.donor.override.override_button.isEnabled()
    assert window.donor.clinical.isVisible()


# -- vitals and decisions ---------------------------------------------------------------------------
def test_donation_with_a_scanned_isbt_label(qtbot, app, staff):
    demo.check_in(app, 1)
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    visit_id = to_interview(qtbot, window)
    type_vitals(qtbot, window)
    assert window.donor.vitals.result.text() == "Toutes les mesures sont dans les seuils."

    decision = window.donor.decision
    window.donor.tabs.setCurrentWidget(window.donor.tabs.widget(2))
    qtbot.keyClicks(decision.bag, "G123 498 654 321 X")  # typed from the label, wrong check character
    qtbot.keyClick(decision.bag, Qt.Key.Key_Return)
    assert (
        decision.bag_status.text()
        == "Le caractère de contrôle ne correspond pas : scannez à nouveau l'étiquette de la poche."
    )
    qtbot.mouseClick(decision.donate_button, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        assert s.query(Donation).count() == 0

    decision.bag.clear()
    qtbot.keyClicks(decision.bag, "=G12349865432177")  # the scanner: = DIN, flags 77 = 60 + check H
    qtbot.keyClick(decision.bag, Qt.Key.Key_Return)
    assert (
        decision.bag_status.text()
        == "Numéro de don ISBT 128 \u2066G1234 98 654321 H\u2069\u00a0: caractère de contrôle correct."
    )
    qtbot.mouseClick(decision.donate_button, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        assert s.query(Donation).count() == 0  # not before it is confirmed
    qtbot.mouseClick(decision.confirm_donation, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        donation = s.query(Donation).one()
        assert (donation.visit_id, donation.bag_number, donation.bag_isbt, donation.volume_ml) == (
            visit_id,
            "G123498654321",
            True,
            450,
        )
        assert donation.staff_id == staff["nurse"]
    assert window.donor.details.status == "donated"
    assert decision.recorded.text() == "Don enregistré\u00a0: Sang total, 450 ml, poche \u2066G1234 98 654321 H\u2069."
    assert window.donor.header.print_certificate.isEnabled()


def test_vitals_outside_the_thresholds_are_explained_and_block_the_donation(qtbot, app, staff):
    demo.check_in(app, 1)  # Fatima Zahra, a woman: haemoglobin at least 12.0 g/dL
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    to_interview(qtbot, window)
    vitals = window.donor.vitals
    assert vitals.hints["haemoglobin"].text() == "Pour donner\u00a0: au moins 12,0 g/dL"
    assert vitals.hints["systolic"].text() == "Pour donner\u00a0: de 100 à 160 mmHg"
    type_vitals(qtbot, window, hb="11,2", systolic="172")
    assert vitals.result.text().splitlines() == [
        "Hors des seuils\u00a0: le donneur ne peut pas donner aujourd’hui.",
        "• " + PACK.explain("haemoglobin", "fr"),
        "• " + PACK.explain("systolic", "fr"),
    ]
    assert vitals.inputs["haemoglobin"].property("outside") is True
    assert events(app, audit.VITALS)[0][2]["out_of_range"] == ["haemoglobin", "systolic"]

    decision = window.donor.decision
    assert decision.reason.currentData() is None  # the nurse chooses the reason: none is assumed
    qtbot.keyClicks(decision.bag, "BAG0042")
    qtbot.mouseClick(decision.donate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision.confirm_donation, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Une mesure est hors des seuils : le don ne peut pas être enregistré."

    type_vitals(qtbot, window, hb="abc")
    assert window.status.text() == "Tapez uniquement des nombres, par exemple 12,5."


def test_a_deferral_goes_on_the_donors_record(qtbot, app, staff):
    visits = demo.check_in(app, 1)
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["doctor"], DOCTOR_PIN)
    visit_id = to_interview(qtbot, window)
    decision = window.donor.decision
    decision.reason.setCurrentIndex(decision.reason.findData(""))  # another reason, written by hand
    assert decision.other_reason.isVisibleTo(decision)
    qtbot.keyClicks(decision.other_reason, "Fatigue after night shift")
    decision.until.setDate(decision.until.date().addDays(13))  # from tomorrow to two weeks on
    qtbot.mouseClick(decision.defer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision.confirm_deferral, Qt.MouseButton.LeftButton)

    with app.db.read() as s:
        deferral = s.query(Deferral).one()
        assert (deferral.visit_id, deferral.reason, deferral.until, deferral.permanent, deferral.staff_id) == (
            visit_id,
            "Fatigue after night shift",
            date(2025, 12, 16),
            False,
            staff["doctor"],
        )
        held = registration.active_deferral(s, deferral.donor_id, date(2025, 12, 3))
        assert held is not None and held.until == date(2025, 12, 16)
    assert window.donor.details.status == "deferred"
    assert window.donor.decision.recorded.text() == "Ajourné aujourd’hui, jusqu’au \u206816 décembre 2025\u2069."
    assert window.queue.model.row_of(visit_id) is None  # out of the open queue

    # The record holds: the donor cannot take a ticket again before the date.
    with pytest.raises(Exception) as refused, app.db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = s.get(Visit, visits[0].visit_id).donor
        q.join_queue(
            s,
            campaign,
            donor,
            date(2025, 12, 3),
            actor=Actor.station_only("kiosk-1"),
            now=MORNING,
            outcome="eligible",
            until=None,
            reasons=[],
            pack=PACK.ref,
            answers={},
        )
    assert getattr(refused.value, "code", None) == "donor.deferred"


def test_override_of_the_prescreen_is_audited(qtbot, app, staff):
    visits = demo.check_in(app, 2, refer=(1,))
    window = open_station(qtbot, app)
    sign_in(qtbot, window, staff["doctor"], DOCTOR_PIN)
    open_visit(window, visits[1].visit_id)
    override = window.donor.override
    assert override.outcome.currentData() == "eligible"
    qtbot.mouseClick(override.override_button, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Écrivez pourquoi le résultat de la présélection change."

    qtbot.keyClicks(override.reason, "Treatment checked: paracetamol only")
    qtbot.mouseClick(override.override_button, Qt.MouseButton.LeftButton)
    with app.db.read() as s:
        response = s.query(QuestionnaireResponse).filter_by(visit_id=visits[1].visit_id).one()
        assert (response.outcome, response.original_outcome) == ("eligible", "refer")
    [(staff_id, visit_id, detail)] = events(app, audit.OVERRIDE)
    assert (staff_id, visit_id) == (staff["doctor"], visits[1].visit_id)
    assert (detail["from"], detail["to"], detail["reason"]) == (
        "refer",
        "eligible",
        "Treatment checked: paracetamol only",
    )
    assert (
        window.donor.header.prescreen.full_text()
        == "Présélection\u00a0: Apte (modifié par le personnel\u202f; la borne avait dit\u00a0: À vérifier avec le personnel)"
    )
    model = window.queue.model
    assert model.index(model.row_of(visits[1].visit_id), 4).data() == ""  # no longer flagged "see nurse"


def test_language_toggle_mirrors_the_station(qtbot, app, staff):
    window = open_station(qtbot, app, lang="fr")
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.queue.call_next_button.text() == "Appeler le suivant"
    assert window.queue.call_next_button.toolTip() == "Appeler le donneur suivant au box 1"
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    assert window.words.lang == "ar"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.queue.call_next_button.toolTip() == "المناداة على المتبرع التالي إلى المكتب 1"
    assert window.queue.model.headerData(0, Qt.Orientation.Horizontal) == "التذكرة"
    assert window.language_button.text() == "Français"


# -- documents ------------------------------------------------------------------------------------
class Tray:
    """A printer that keeps each PDF it takes in a folder, or stops while jammed."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.jammed = False
        folder.mkdir()

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        from kiosk.ui.printers.device import STOPPED, PrintFailure

        if self.jammed:
            raise PrintFailure(STOPPED, "paper jam", printer)
        (self.folder / f"{len(list(self.folder.iterdir()))}-{kind}-{printer}.pdf").write_bytes(pdf.read_bytes())

    def printed(self) -> list[str]:
        return sorted(p.name.split("-", 1)[1] for p in self.folder.iterdir())


def test_card_and_certificate_go_to_the_print_queue_and_a_jam_waits_for_retry(qtbot, app, staff, tmp_path):
    from kiosk.station_settings import StationSettings
    from kiosk.ui.printers import PrintQueue

    demo.check_in(app, 1)
    tray = Tray(tmp_path / "tray")
    words = Words("fr")
    printer = PrintQueue(
        app,
        "nurse-1",
        StationSettings(printers={"card": "Evolis", "certificate": "LaserJet"}),
        device=tray,
        all_stations=True,
        translate=words.translate,
    )
    window = NurseWindow(app, NurseSettings(booth=1), words=words, printer=printer)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, staff["nurse"], NURSE_PIN)
    to_interview(qtbot, window)
    header = window.donor.header
    assert not header.print_certificate.isEnabled()  # no donation yet
    type_vitals(qtbot, window)
    window.donor.decision.bag.setText("=G12349865432177")
    qtbot.mouseClick(window.donor.decision.donate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.donor.decision.confirm_donation, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(header.print_certificate, Qt.MouseButton.LeftButton)
    assert window.status.text() == "L’attestation est en cours d’impression."
    qtbot.waitUntil(lambda: tray.printed() == ["certificate-LaserJet.pdf"], timeout=5000)

    tray.jammed = True
    qtbot.mouseClick(header.print_card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Evolis" in window.status.text(), timeout=5000)  # why, in the staff's words
    assert window.print_status.isVisible()
    assert window.print_status.summary.text() == "Documents en attente d’impression\u00a0: 1"

    tray.jammed = False
    qtbot.mouseClick(window.print_status.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tray.printed() == ["card-Evolis.pdf", "certificate-LaserJet.pdf"], timeout=5000)
    qtbot.waitUntil(lambda: not window.print_status.isVisible(), timeout=2000)
    assert all((tray.folder / name).read_bytes().startswith(b"%PDF") for name in os.listdir(tray.folder))


def test_an_action_with_nobody_signed_in_is_refused_in_words(qtbot, app, staff):
    demo.check_in(app, 1)
    window = open_station(qtbot, app)
    said = []
    window.context.message.connect(lambda say, error: said.append((say(), error)))
    window.queue.call_next()  # e.g. a click that arrives just after the idle sign-out
    assert said == [("Choisissez d'abord votre nom.", True)]
    with app.db.read() as s:
        assert s.query(Visit).filter(Visit.status == "called").count() == 0
