from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.domain.validation import donor_details
from kiosk.domain.visits import VisitRefused
from kiosk.storage import campaigns, registration
from kiosk.storage.models import Deferral, Donation, Donor, QuestionnaireResponse, Visit

DAY = date(2025, 12, 2)


def details(**overrides):
    fields = {
        "sex": "F",
        "birth_date": "1992-03-14",
        "first_name_latin": "Khadija",
        "last_name_latin": "Bennani",
        "first_name_ar": "خديجة",
        "last_name_ar": "بناني",
        "cin": "BK123456",
        "phone": "0612345678",
    }
    fields.update(overrides)
    result, errors = donor_details(fields, DAY)
    assert errors == {}
    return result


def register(app, session, outcome="eligible", until=None, reasons=(), **fields):
    campaign = campaigns.active_campaign(session)
    donor = registration.create_donor(session, details(**fields), "v1", app.now())
    visit = registration.check_in(
        session,
        campaign,
        donor,
        DAY,
        app.now(),
        outcome=outcome,
        until=until,
        reasons=list(reasons),
        pack="ma-amsd@test",
        answers={},
    )
    return donor, visit


def test_tickets_follow_each_other_per_day(app):
    with app.db.write() as s:
        tickets = [register(app, s, cin=f"BK{i:06d}", phone=None)[1].ticket for i in range(1, 4)]
    assert tickets == [1, 2, 3]
    with app.db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = registration.create_donor(s, details(cin="ZZ1"), "v1", app.now())
        tomorrow = registration.check_in(
            s,
            campaign,
            donor,
            DAY + timedelta(days=1),
            app.now(),
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        )
    assert tomorrow.ticket == 1


def test_lookup_by_cin_card_and_number(app):
    with app.db.write() as s:
        donor, _ = register(app, s)
        token, number = donor.card_token, donor.number
    with app.db.read() as s:
        assert registration.find_by_cin(s, "BK123456").id == donor.id
        assert registration.find_by_card(s, token).id == donor.id
        assert registration.find_by_number(s, number).id == donor.id
        assert registration.find_by_number(s, "QTR-999999") is None
    assert number == f"QTR-{donor.id:06d}"
    assert "Khadija" not in token and "BK123456" not in token


def test_donation_history_is_the_donors_own(app):
    with app.db.write() as s:
        donor, _ = register(app, s)
        other, _ = register(app, s, cin="ZZ2", phone=None)
        s.add(Donation(donor_id=donor.id, day=DAY - timedelta(days=200), volume_ml=450))
        s.add(Donation(donor_id=donor.id, day=DAY - timedelta(days=100), kind="plasma", volume_ml=600))
        s.add(Donation(donor_id=other.id, day=DAY - timedelta(days=10), volume_ml=450))
    with app.db.read() as s:
        history = sorted(registration.donation_history(s, donor.id), key=lambda d: d.date)
        assert [(d.date, d.kind) for d in history] == [
            (DAY - timedelta(days=200), "whole_blood"),
            (DAY - timedelta(days=100), "plasma"),
        ]
        assert [d.date for d in registration.donation_history(s, other.id)] == [DAY - timedelta(days=10)]


def test_a_cin_registers_once(app):
    with app.db.write() as s:
        register(app, s)
    with pytest.raises(VisitRefused, match="cin.taken"), app.db.write() as s:
        registration.create_donor(s, details(), "v1", app.now())


def test_deferred_prescreen_ends_the_visit_without_ticket(app):
    with app.db.write() as s:
        donor, visit = register(app, s, outcome="deferred", until=date(2026, 4, 10), reasons=["dental_care"])
    with app.db.read() as s:
        visit = s.get(Visit, visit.id)
        assert (visit.ticket, visit.status) == (None, "deferred")
        deferral = registration.active_deferral(s, donor.id, DAY)
        assert (deferral.until, deferral.reason, deferral.permanent) == (date(2026, 4, 10), "dental_care", False)
        assert registration.active_deferral(s, donor.id, date(2026, 4, 10)) is None
        assert (
            s.scalar(select(QuestionnaireResponse.outcome).where(QuestionnaireResponse.visit_id == visit.id))
            == "deferred"
        )


def test_a_prescreen_with_many_reasons_keeps_whole_ids_on_the_deferral(app):
    reasons = ["diabetes_treated", "heart_disease", "kidney_disease", "blood_disease", "cancer", "hepatitis"]
    with app.db.write() as s:
        donor, visit = register(app, s, outcome="permanent", reasons=reasons)
    with app.db.read() as s:
        deferral = registration.active_deferral(s, donor.id, DAY)
        assert deferral.permanent
        assert deferral.reason == "diabetes_treated,heart_disease,kidney_disease,blood_disease"
        response = s.scalar(select(QuestionnaireResponse).where(QuestionnaireResponse.visit_id == visit.id))
        assert response.reasons == reasons


def test_refusals_change_nothing(app):
    with app.db.write() as s:
        donor, visit = register(app, s)
    with pytest.raises(VisitRefused) as again, app.db.write() as s:
        registration.check_in(
            s,
            campaigns.active_campaign(s),
            s.get(Donor, donor.id),
            DAY,
            app.now(),
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        )
    assert again.value.code == "already_queued" and again.value.detail == {"ticket": visit.ticket}
    with pytest.raises(VisitRefused, match="campaign.closed"), app.db.write() as s:
        campaigns.use_campaign(s, "taza")
        other = registration.create_donor(s, details(cin="Q1", phone=None), "v1", app.now())
        registration.check_in(
            s,
            campaigns.find_campaign(s, "taza"),
            other,
            DAY,
            app.now(),
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        )
    with app.db.read() as s:  # the whole action rolled back: no donor Q1, demo still served
        assert registration.find_by_cin(s, "Q1") is None
        assert campaigns.active_campaign(s).slug == "khouribga-2025-12"
        assert s.scalar(select(func.count()).select_from(Visit)) == 1
        assert s.scalar(select(func.count()).select_from(Deferral)) == 0


def test_a_new_donors_check_in_writes_its_rows_and_looks_up_nothing_it_knows(app):
    """A donor registered in this transaction has no visit and no deferral: the
    check-in does not look for them, writes donor, visit and pre-screen once, and
    hands back objects that match the rows, readable after the commit."""
    from sqlalchemy import event

    from kiosk.domain.staff import Actor
    from kiosk.storage import queue as q

    statements: list[str] = []

    def seen(conn, cursor, statement, *rest):
        statements.append(" ".join(statement.split()))

    event.listen(app.db.engine, "before_cursor_execute", seen)
    try:
        with app.db.write() as s:
            campaign = campaigns.active_campaign(s)
            statements.clear()
            donor = registration.create_donor(s, details(), "v1", app.now())
            visit = q.join_queue(
                s,
                campaign,
                donor,
                DAY,
                actor=Actor.station_only("kiosk-1"),
                now=app.now(),
                outcome="refer",
                until=None,
                reasons=["current_treatment"],
                pack="ma-amsd@test",
                answers={"treatment": True},
            )
    finally:
        event.remove(app.db.engine, "before_cursor_execute", seen)
    reads = [sql for sql in statements if sql.startswith("SELECT")]
    assert not [sql for sql in reads if "FROM visit" in sql or "FROM deferral" in sql], reads
    writes = [sql.split(" (")[0] for sql in statements if sql.startswith("INSERT")]
    assert writes == [
        "INSERT INTO donor",
        "INSERT INTO ticket_counter",  # the day's first ticket makes its counter row
        "INSERT INTO visit",
        "INSERT INTO questionnaire_response",
        "INSERT INTO audit_event",
    ]
    # after the commit, the objects hold what the rows hold
    assert (visit.ticket, visit.status, visit.donor is donor, visit.response.outcome) == (1, "waiting", True, "refer")
    assert donor.visits == [visit] and donor.number and donor.card_token
    with app.db.read() as s:
        row = s.get_one(Visit, visit.id)
        assert (row.uuid, row.ticket_token, row.donor_id) == (visit.uuid, visit.ticket_token, donor.id)
        assert s.get_one(Donor, donor.id).number == donor.number
        assert s.scalar(select(QuestionnaireResponse.reasons).where(QuestionnaireResponse.visit_id == visit.id)) == [
            "current_treatment"
        ]


def test_a_known_donor_is_still_looked_up_at_check_in(app):
    """The lookups skipped for a new donor still refuse a returning one already in the queue."""
    with app.db.write() as s:
        donor, first = register(app, s)
        donor_id = donor.id
    with app.db.write() as s:
        campaign = campaigns.active_campaign(s)
        again = s.get_one(Donor, donor_id)
        with pytest.raises(VisitRefused) as refused:
            registration.check_in(
                s, campaign, again, DAY, app.now(), outcome="eligible", until=None, reasons=[], pack="p", answers={}
            )
    assert (refused.value.code, refused.value.detail["ticket"]) == ("already_queued", first.ticket)
