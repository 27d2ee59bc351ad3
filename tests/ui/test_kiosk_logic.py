"""The kiosk flow without a window: what it shows a stranger, which dates it
records, and when it answers before any question."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from kiosk.domain.validation import DonorDetails
from kiosk.storage import registration
from kiosk.storage.models import Deferral, Donation, Visit
from kiosk.ui.kiosk_station.flow import FlowError, KioskFlow, card_token

MORNING = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


def salma(app, *, gave: date | None = None, deferred_until: date | None = None) -> int:
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=date(1991, 5, 5),
                first_name_latin="Salma",
                last_name_latin="Benjelloun",
                first_name_ar="سلمى",
                last_name_ar="بنجلون",
                cin="BK123456",
                phone="+212612345642",
            ),
            "2025-01.0",
            MORNING,
        )
        donor.card_token = "card-of-salma"
        s.flush()
        if gave:
            s.add(Donation(donor_id=donor.id, day=gave, volume_ml=450, created_at=MORNING))
        if deferred_until:
            s.add(Deferral(donor_id=donor.id, reason="haemoglobin", until=deferred_until, created_at=MORNING))
        return donor.id


@pytest.mark.parametrize("scanned", ["QC:abc-DEF_123", "qc:abc-DEF_123", "abc-DEF_123", " abc-DEF_123\u200f "])
def test_a_card_payload_gives_its_token(scanned):
    assert card_token(scanned) == "abc-DEF_123"


@pytest.mark.parametrize(("lang", "shown"), [("ar", "سلمى"), ("fr", "Salma")])
def test_a_stranger_with_a_cin_sees_a_first_name_and_two_digits(app, lang, shown):
    salma(app)
    flow = KioskFlow(app)
    flow.language = lang
    masked = flow.identify_cin("bk 123456")
    assert (masked.first_name, masked.phone_tail) == (shown, "42")
    assert set(vars(masked)) == {"first_name", "phone_tail"}


def test_an_unknown_cin_is_kept_for_the_registration(app):
    flow = KioskFlow(app)
    assert flow.identify_cin("ab١٢٣٤٥٦") is None  # Arabic-Indic digits typed on a phone keyboard
    assert flow.fields["cin"] == "AB123456"
    with pytest.raises(FlowError) as refused:
        flow.identify_card("QC:nobody")
    assert refused.value.code == "card.unknown"


def test_a_month_named_for_an_event_counts_to_its_last_day(app):
    flow = KioskFlow(app)
    assert flow.month_answer(2025, 11) == date(2025, 11, 30)
    assert flow.month_answer(2024, 2) == date(2024, 2, 29)
    assert flow.month_answer(2025, 12) == date(2025, 12, 2)  # this month: not after today
    dental = next(q for q in flow.pack.questions_for("F", True) if q.id == "dental_care")
    assert flow.earliest_for(dental) == date(2025, 6, 3)  # 6 months before today, plus a day
    assert flow.months_for(dental) == [(2025, m) for m in range(12, 5, -1)]


def test_the_name_in_the_donors_alphabet_comes_first(app):
    flow = KioskFlow(app)
    flow.language = "ar"
    assert flow.registration_pages()[:2] == ("names_ar", "names_latin")
    flow.language = "fr"
    assert flow.registration_pages()[:2] == ("names_latin", "names_ar")


def test_typing_half_a_name_is_not_an_error_yet(app):
    flow = KioskFlow(app)
    assert flow.set_field("first_name_ar", "فاطمة") is None
    assert flow.page_errors("names_ar") == {"last_name_ar": "name.empty"}
    assert flow.set_field("first_name_ar", "Fatima") == "name.not_arabic"


def test_a_returning_donor_too_soon_after_giving_is_told_before_any_question(app):
    donor_id = salma(app, gave=date(2025, 11, 10))
    flow = KioskFlow(app)
    flow.identify_card("card-of-salma")
    flow.accept_consent()
    result = flow.precheck()
    assert (result.kind, result.until) == ("deferred", date(2026, 2, 2))  # 12 weeks for a woman
    with app.db.read() as s:
        visit = s.scalar(select(Visit))
        assert (visit.donor_id, visit.status, visit.ticket) == (donor_id, "deferred", None)


def test_a_nurse_deferral_still_holding_answers_first_and_writes_nothing(app):
    salma(app, deferred_until=date(2026, 1, 15))
    flow = KioskFlow(app)
    flow.identify_card("QC:card-of-salma")
    flow.accept_consent()
    result = flow.precheck()
    assert (result.kind, result.until) == ("deferred", date(2026, 1, 15))
    with app.db.read() as s:
        assert s.scalar(select(Visit)) is None


@pytest.mark.parametrize(
    "until, permanent, kind, message",
    [
        (None, False, "deferred", "Parlez à un membre de l’équipe médicale, qui vous dira quand revenir."),
        (None, True, "permanent", "Veuillez voir un membre de l’équipe médicale avant d’aller plus loin."),
    ],
)
def test_a_deferral_without_a_date_sends_the_donor_to_the_nurse(app, until, permanent, kind, message):
    donor_id = salma(app)
    with app.db.write() as s:
        s.add(Deferral(donor_id=donor_id, reason="feels_unwell", until=until, permanent=permanent, created_at=MORNING))
    flow = KioskFlow(app)
    flow.identify_card("QC:card-of-salma")
    flow.accept_consent()
    result = flow.precheck()
    assert (result.kind, result.until) == (kind, None)
    assert message in flow.result_message(result, "fr", lambda day, lang: day.isoformat())


def test_reset_forgets_the_donor(app):
    salma(app)
    flow = KioskFlow(app)
    flow.identify_card("card-of-salma")
    flow.accept_consent()
    flow.answer("fever", None)
    flow.request_staff()
    flow.reset()
    assert (flow.donor_id, flow.masked, flow.fields, flow.answers, flow.consent_at, flow.needs_staff) == (
        None,
        None,
        {},
        {},
        None,
        False,
    )
