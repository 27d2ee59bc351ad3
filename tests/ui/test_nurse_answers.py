"""The nurse's answers tab: every question the kiosk asked with the donor's answer
and its date, the rules that fired highlighted in plain words, the advice, the
sensitive questions marked; each showing audited."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.eligibility import DonorProfile, Sex, assess, default_pack, say, stored_answers
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.storage import audit, campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage.models import Visit
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words

PACK = default_pack()
DOCTOR_PIN = "1357"
NOW = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)
ANSWERS = {
    "donated_elsewhere": None,
    "feels_unwell": False,
    "medication": True,  # refer
    "meal": False,  # advice
    "tattoo_piercing": date(2025, 10, 31),  # deferred until 30 April 2026
    "dental_care": None,
    "hiv": False,
    "risk_behaviour": True,  # sensitive, refer
}


@pytest.fixture
def app(staffed_app):
    return staffed_app


def kiosk_check_in(app) -> int:
    """Nadia answers at the kiosk as the flow would record it; the visit id."""
    today = app.today()
    result = assess(PACK, today, DonorProfile(Sex.F, date(1990, 6, 1)), (), ANSWERS)
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(sex="F", birth_date=date(1990, 6, 1), first_name_latin="Nadia", last_name_latin="Idrissi"),
            "demo",
            NOW,
        )
        s.flush()
        visit = q.join_queue(
            s,
            campaigns.active_campaign(s),
            donor,
            today,
            actor=Actor.station_only("kiosk-1"),
            now=NOW,
            outcome=result.outcome.value,
            until=result.until,
            reasons=list(result.reasons),
            pack=result.pack,
            answers=stored_answers(PACK, ANSWERS, result),
        )
        return visit.id


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_answers_tab_shows_every_answer_with_the_deferral_the_referral_and_the_advice(qtbot, app, staff, lang):
    visit_id = kiosk_check_in(app)
    window = NurseWindow(app, NurseSettings(booth=1), words=Words(lang))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sign_in.choose(staff["doctor"])
    for digit in DOCTOR_PIN:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # the PIN is checked off the GUI thread
    window.open_visit(visit_id)
    tab = window.donor.answers
    assert tab.texts() == []
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    shown = tab.texts()

    # Every question asked, in the kiosk's order, with its answer.
    questions = [row[0].text() for row in tab.answer_labels]
    assert questions == [say(PACK.rule(r).question, lang) for r in sorted(ANSWERS, key=lambda r: PACK.rule(r).index)]
    rows = {row[0].text(): [w.text() for w in row[1:]] for row in tab.answer_labels}
    tattoo = rows[PACK.rule("tattoo_piercing").question[lang]]
    if lang == "fr":
        assert tattoo[:2] == ["Oui, en \u2068octobre 2025\u2069", "jusqu’au \u206830 avril 2026\u2069"]
        assert rows[PACK.rule("feels_unwell").question["fr"]][0] == "Non"
        assert rows[PACK.rule("medication").question["fr"]][0] == "Oui"
        assert rows[PACK.rule("hiv").question["fr"]][:2] == ["Non", "Confidentiel"]
        assert rows[PACK.rule("risk_behaviour").question["fr"]][0] == "Sensible\u00a0: à demander pendant l’entretien"
        assert "30 avril 2026" in tab.outcome.text()
    else:
        assert tattoo[0].startswith("نعم، في") and "أكتوبر 2025" in tattoo[0]
        assert "30 أبريل 2026" in tattoo[1]
    # The rules that fired are highlighted, each with its plain-words explanation.
    assert tab.fired_rows() == [
        PACK.rule(r).question[lang] for r in ("medication", "tattoo_piercing", "risk_behaviour")
    ]
    for rule_id in ("medication", "tattoo_piercing", "risk_behaviour"):
        assert "\u2192 " + PACK.explain(rule_id, lang) in shown
    # The advice, as the donor read it on her ticket (in neutral words for staff).
    assert tab.advice_heading.isVisible()
    assert "\u2022 " + say(PACK.rule("meal").advice, lang) in shown
    # Showing them is audited.
    with app.db.read() as s:
        seen = [(e.staff_id, e.visit_id) for e in audit.events(s, actions=[audit.VIEW_ANSWERS])]
    assert seen == [(staff["doctor"], visit_id)]


def test_staff_see_whether_a_blood_group_is_declared_or_confirmed_and_record_the_lab_group(qtbot, app, staff):
    visit_id = kiosk_check_in(app)
    with app.db.write() as s:
        s.get(Visit, visit_id).donor.blood_group = "O+"  # what she declared at the kiosk
    window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sign_in.choose(staff["doctor"])
    for digit in DOCTOR_PIN:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # the PIN is checked off the GUI thread
    window.open_visit(visit_id)
    header, vitals = window.donor.header, window.donor.vitals
    assert "Groupe \u2066O+\u2069 (déclaré par le donneur)" in header.facts.text()
    qtbot.mouseClick(vitals.blood_save, Qt.MouseButton.LeftButton)  # no group chosen: nothing recorded
    assert window.status.text() == "Choisissez d’abord le groupe."
    vitals.blood_group.setCurrentIndex(vitals.blood_group.findData("A+"))
    vitals.blood_source.setCurrentIndex(vitals.blood_source.findData("nurse"))
    qtbot.mouseClick(vitals.blood_save, Qt.MouseButton.LeftButton)
    assert window.status.text() == "Groupe sanguin confirmé enregistré."
    assert "Groupe \u2066A+\u2069 (confirmé par le laboratoire)" in header.facts.text()
    with app.db.read() as s:
        donor = s.get(Visit, visit_id).donor
        assert (donor.blood_group, donor.blood_group_confirmed, donor.blood_group_source) == ("O+", "A+", "nurse")


def test_a_donation_declared_elsewhere_is_highlighted_with_the_interval_it_made_fire(qtbot, app, staff):
    today = app.today()
    answers = {"donated_elsewhere": date(2025, 11, 30), "meal": True}
    result = assess(PACK, today, DonorProfile(Sex.M, date(1990, 6, 1)), (), answers)
    assert (result.reasons, result.until) == (("interval",), date(2026, 1, 25))
    with app.db.write() as s:
        donor = registration.create_donor(
            s, DonorDetails(sex="M", birth_date=date(1990, 6, 1), first_name_latin="Omar"), "demo", NOW
        )
        s.flush()
        visit_id = q.join_queue(
            s,
            campaigns.active_campaign(s),
            donor,
            today,
            actor=Actor.station_only("kiosk-1"),
            now=NOW,
            outcome=result.outcome.value,
            until=result.until,
            reasons=list(result.reasons),
            pack=result.pack,
            answers=stored_answers(PACK, answers, result),
        ).id
    window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
    qtbot.addWidget(window)
    window.show()
    window.sign_in.choose(staff["doctor"])
    for digit in DOCTOR_PIN:
        qtbot.mouseClick(window.sign_in.digits[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.check.busy, timeout=10_000)  # the PIN is checked off the GUI thread
    window.open_visit(visit_id)
    tab = window.donor.answers
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert tab.fired_rows() == [PACK.rule("donated_elsewhere").question["fr"]]
    assert "\u2192 " + PACK.explain("interval", "fr") in tab.texts()
    assert not tab.advice_heading.isVisible()  # she had eaten: no advice
