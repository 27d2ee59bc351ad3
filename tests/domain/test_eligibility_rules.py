"""Every rule of the ma-amsd pack at its boundaries (the day before, the day of, the
day after), combinations of reasons, and returning donors with several donations.

Expected dates are written out by hand from the product owner's numbers.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kiosk.domain.eligibility import (
    Donation,
    DonorProfile,
    InputError,
    Outcome,
    Sex,
    assess,
    default_pack,
    load_pack,
)
from kiosk.domain.eligibility.pack import DEFAULT_PACK

ELIGIBLE, DEFERRED, PERMANENT, REFER = Outcome.ELIGIBLE, Outcome.DEFERRED, Outcome.PERMANENT, Outcome.REFER
PACK = default_pack()
ONE_DAY = timedelta(days=1)


def run(today, *, pack=None, sex="M", birth=date(1990, 5, 1), weight=70.0, first_time=False, history=(), **answers):
    donor = DonorProfile(Sex(sex), birth, weight, first_time)
    donations = [d if isinstance(d, Donation) else Donation(d) for d in history]
    return assess(pack or PACK, today, donor, donations, answers)


def variant(tmp_path, *edits: tuple[str, str]):
    """The default pack with some lines changed, as a centre would edit it."""
    text = DEFAULT_PACK.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "variant.toml"
    path.write_text(text, encoding="utf-8")
    return load_pack(path)


# --------------------------------------------------------------------------- dated deferrals

MEN_FIVE = [date(2025, 3, 10), date(2025, 5, 10), date(2025, 7, 10), date(2025, 9, 10), date(2025, 11, 10)]
WOMEN_THREE = [date(2025, 4, 1), date(2025, 7, 1), date(2025, 10, 1)]

DATED = [
    # rule, donor and answers, first day the donor may give
    ("age", {"birth": date(2008, 3, 15)}, date(2026, 3, 15)),
    ("age", {"birth": date(2008, 2, 29)}, date(2026, 2, 28)),
    ("interval", {"sex": "M", "history": [date(2026, 1, 1)]}, date(2026, 2, 26)),  # + 56 days
    ("interval", {"sex": "F", "history": [date(2026, 1, 1)]}, date(2026, 3, 26)),  # + 84 days
    ("yearly_limit", {"sex": "M", "history": MEN_FIVE}, date(2026, 3, 10)),
    ("yearly_limit", {"sex": "F", "history": WOMEN_THREE}, date(2026, 4, 1)),
    ("fever", {"fever": date(2026, 3, 1)}, date(2026, 3, 15)),
    ("vaccination", {"vaccination": date(2026, 3, 1)}, date(2026, 3, 22)),
    ("dental_care", {"dental_care": date(2025, 10, 10)}, date(2026, 4, 10)),
    ("dental_care", {"dental_care": date(2025, 8, 31)}, date(2026, 2, 28)),
    ("hijama", {"hijama": date(2025, 10, 10)}, date(2026, 4, 10)),
    ("tattoo_piercing", {"tattoo_piercing": date(2025, 9, 15)}, date(2026, 3, 15)),
    ("surgery", {"surgery": date(2025, 11, 30)}, date(2026, 2, 28)),
    ("childbirth", {"sex": "F", "childbirth": date(2023, 8, 31)}, date(2024, 2, 29)),
    ("miscarriage", {"sex": "F", "miscarriage": date(2025, 12, 31)}, date(2026, 3, 31)),
    ("tuberculosis", {"tuberculosis": date(2021, 3, 15)}, date(2026, 3, 15)),
    ("tuberculosis", {"tuberculosis": date(2020, 2, 29)}, date(2025, 2, 28)),
]


@pytest.mark.parametrize(("rule", "setup", "first_day"), DATED, ids=[f"{r}-{d}" for r, _, d in DATED])
def test_dated_deferral_ends_on_the_first_day_the_donor_may_give(rule, setup, first_day):
    before = run(first_day - ONE_DAY, **setup)
    assert (before.outcome, before.until, before.reasons) == (DEFERRED, first_day, (rule,))
    for day in (first_day, first_day + ONE_DAY):
        on = run(day, **setup)
        assert (on.outcome, on.until, on.reasons) == (ELIGIBLE, None, ())


def test_an_event_on_the_assessment_day_defers():
    result = run(date(2026, 3, 2), vaccination=date(2026, 3, 2))
    assert (result.outcome, result.until) == (DEFERRED, date(2026, 3, 23))


# --------------------------------------------------------------------------- age, weight


@pytest.mark.parametrize(
    ("today", "outcome"),
    [(date(2026, 3, 14), ELIGIBLE), (date(2026, 3, 15), PERMANENT), (date(2026, 3, 16), PERMANENT)],
)
def test_over_sixty_is_permanent_from_the_61st_birthday(today, outcome):
    result = run(today, birth=date(1965, 3, 15))
    assert (result.outcome, result.until) == (outcome, None)
    assert result.reasons == (() if outcome is ELIGIBLE else ("age",))


def test_returning_donors_go_on_to_65_only_when_the_pack_says_so(tmp_path):
    born = date(1960, 3, 15)  # 66 on 15 March 2026
    assert run(date(2026, 3, 14), birth=born, first_time=False).outcome is PERMANENT  # off by default
    extended = variant(tmp_path, ("returning_may_continue = false", "returning_may_continue = true"))
    assert run(date(2026, 3, 14), pack=extended, birth=born, first_time=False).outcome is ELIGIBLE
    assert run(date(2026, 3, 15), pack=extended, birth=born, first_time=False).outcome is PERMANENT
    assert run(date(2026, 3, 14), pack=extended, birth=born, first_time=True).outcome is PERMANENT


@pytest.mark.parametrize(
    ("weight", "outcome"), [(49.9, DEFERRED), (50, ELIGIBLE), (50.1, ELIGIBLE), (None, ELIGIBLE), (38, DEFERRED)]
)
def test_weight_below_50_kg_defers_without_a_date(weight, outcome):
    result = run(date(2026, 3, 2), weight=weight)
    assert (result.outcome, result.until) == (outcome, None)
    assert result.reasons == (("weight",) if outcome is DEFERRED else ())


# --------------------------------------------------------------------------- yes / no

YES_NO = {
    "feels_unwell": DEFERRED,
    "medication": REFER,
    "malaria_zone": REFER,
    "risk_behaviour": REFER,
    "pregnant": DEFERRED,
    "breastfeeding": DEFERRED,
    "diabetes_treated": PERMANENT,
    "hepatitis": PERMANENT,
    "hiv": PERMANENT,
    "cancer": PERMANENT,
    "heart_disease": PERMANENT,
    "kidney_disease": PERMANENT,
    "blood_disease": PERMANENT,
    "injecting_drugs": PERMANENT,
}


@pytest.mark.parametrize(("rule", "outcome"), YES_NO.items())
def test_yes_leads_to_the_rules_outcome_and_no_to_nothing(rule, outcome):
    yes = run(date(2026, 3, 2), sex="F", **{rule: True})
    assert (yes.outcome, yes.until, yes.reasons) == (outcome, None, (rule,))
    for answer in (False, None):
        assert run(date(2026, 3, 2), sex="F", **{rule: answer}).outcome is ELIGIBLE
    assert run(date(2026, 3, 2), sex="F").outcome is ELIGIBLE  # not asked at all


@pytest.mark.parametrize("rule", ["pregnant", "breastfeeding", "childbirth", "miscarriage"])
def test_womens_questions_are_not_asked_of_men_and_their_answers_are_ignored(rule):
    assert rule not in {q.id for q in PACK.questions_for("M", True)}
    assert rule in {q.id for q in PACK.questions_for("F", True)}
    value = True if PACK.rule(rule).type == "yes_no" else date(2026, 3, 1)
    assert run(date(2026, 3, 2), sex="M", **{rule: value}).outcome is ELIGIBLE


# --------------------------------------------------------------------------- combinations

COMBINATIONS = [
    # answers, outcome, until, reasons (pack order)
    (
        {"hepatitis": True, "dental_care": date(2025, 10, 10), "medication": True},
        PERMANENT,
        None,
        ("medication", "dental_care", "hepatitis"),
    ),
    (
        {"dental_care": date(2025, 10, 10), "fever": date(2026, 3, 1)},
        DEFERRED,
        date(2026, 4, 10),
        ("fever", "dental_care"),
    ),
    (
        {"surgery": date(2026, 1, 20), "hijama": date(2025, 10, 10)},  # surgery ends 20 April, after hijama
        DEFERRED,
        date(2026, 4, 20),
        ("hijama", "surgery"),
    ),
    (
        {"dental_care": date(2025, 10, 10), "feels_unwell": True},  # one deferral without a date
        DEFERRED,
        None,
        ("feels_unwell", "dental_care"),
    ),
    (
        {"dental_care": date(2025, 10, 10), "medication": True, "risk_behaviour": True},
        DEFERRED,
        date(2026, 4, 10),
        ("medication", "dental_care", "risk_behaviour"),
    ),
    ({"medication": True, "malaria_zone": True}, REFER, None, ("medication", "malaria_zone")),
    ({"cancer": True, "hiv": True}, PERMANENT, None, ("cancer", "hiv")),
    ({"dental_care": date(2025, 1, 10), "fever": date(2026, 2, 1), "hepatitis": False}, ELIGIBLE, None, ()),
]


@pytest.mark.parametrize(("answers", "outcome", "until", "reasons"), COMBINATIONS)
def test_several_reasons_combine(answers, outcome, until, reasons):
    result = run(date(2026, 3, 2), **answers)
    assert (result.outcome, result.until, result.reasons) == (outcome, until, reasons)
    assert result.pack == "ma-amsd@1.2"


def test_profile_and_answers_combine():
    # 17 until 15 March 2026, just gave blood, and a recent fever.
    result = run(date(2026, 1, 20), birth=date(2008, 3, 15), history=[date(2026, 1, 5)], fever=date(2026, 1, 10))
    assert (result.outcome, result.until) == (DEFERRED, date(2026, 3, 15))
    assert result.reasons == ("age", "interval", "fever")
    assert [(r.rule, r.until) for r in result.details] == [
        ("age", date(2026, 3, 15)),
        ("interval", date(2026, 3, 2)),
        ("fever", date(2026, 1, 24)),
    ]
    too_old = run(date(2026, 1, 20), birth=date(1960, 1, 1), history=[date(2026, 1, 5)], pregnant=True, sex="F")
    assert (too_old.outcome, too_old.until, too_old.reasons) == (PERMANENT, None, ("age", "interval", "pregnant"))


# --------------------------------------------------------------------------- returning donors


def test_returning_man_with_many_donations_in_any_order():
    history = [
        date(2024, 1, 10),
        date(2024, 4, 10),
        date(2024, 7, 10),
        date(2024, 10, 10),
        date(2025, 1, 10),
        date(2025, 3, 10),
        date(2025, 5, 10),
        date(2025, 7, 10),
        date(2025, 9, 10),
        date(2025, 11, 10),
    ]
    random.Random(7).shuffle(history)
    # 4 January 2026: six donations in the last 12 months (one more than allowed) and the
    # last one 55 days ago. Two must drop out: the 2nd oldest of the six leaves on 10 March.
    early = run(date(2026, 1, 4), history=history)
    assert (early.outcome, early.until, early.reasons) == (DEFERRED, date(2026, 3, 10), ("interval", "yearly_limit"))
    assert [(r.rule, r.until) for r in early.details] == [
        ("interval", date(2026, 1, 5)),
        ("yearly_limit", date(2026, 3, 10)),
    ]
    eve = run(date(2026, 3, 9), history=history)
    assert (eve.outcome, eve.until, eve.reasons) == (DEFERRED, date(2026, 3, 10), ("yearly_limit",))
    assert run(date(2026, 3, 10), history=history).outcome is ELIGIBLE
    assert run(date(2026, 3, 11), history=history).outcome is ELIGIBLE


def test_returning_woman_reaches_three_a_year():
    history = [date(2025, 1, 15), date(2025, 5, 20), date(2025, 9, 1)]
    on_campaign_day = run(date(2025, 12, 2), sex="F", history=history)
    assert (on_campaign_day.outcome, on_campaign_day.until) == (DEFERRED, date(2026, 1, 15))
    assert on_campaign_day.reasons == ("yearly_limit",)
    assert run(date(2026, 1, 15), sex="F", history=history).outcome is ELIGIBLE
    # The same history is fine for a man: under 5 and more than 56 days ago.
    assert run(date(2025, 12, 2), sex="M", history=history).outcome is ELIGIBLE


def test_other_donation_kinds_do_not_count_for_whole_blood_rules():
    history = [Donation(date(2026, 2, 20), "plasma"), Donation(date(2025, 11, 1), "whole_blood")]
    assert run(date(2026, 3, 2), history=history).outcome is ELIGIBLE


# --------------------------------------------------------------------------- numbers come from the pack


def test_a_centre_changes_numbers_and_outcomes_without_code(tmp_path):
    pack = variant(
        tmp_path,
        ("days = { M = 56, F = 84 }", "days = { M = 60, F = 90 }"),
        (
            'id = "dental_care"\ntype = "date"\noutcome = "deferred"\nwait = { months = 6 }',
            'id = "dental_care"\ntype = "date"\noutcome = "deferred"\nwait = { months = 4 }',
        ),
        (
            'id = "malaria_zone"\ntype = "yes_no"\noutcome = "refer"',
            'id = "malaria_zone"\ntype = "yes_no"\noutcome = "permanent"',
        ),
        ('version = "1.2"', 'version = "1.2-taza"'),
    )
    result = run(date(2026, 1, 20), pack=pack, history=[date(2026, 1, 1)], dental_care=date(2025, 10, 10))
    assert (result.outcome, result.until, result.pack) == (DEFERRED, date(2026, 3, 2), "ma-amsd@1.2-taza")
    assert [(r.rule, r.until) for r in result.details] == [
        ("interval", date(2026, 3, 2)),
        ("dental_care", date(2026, 2, 10)),
    ]
    assert run(date(2026, 1, 20), pack=pack, malaria_zone=True).outcome is PERMANENT
    assert "60" in pack.explain("interval", "fr") and "90" in pack.explain("interval", "ar")


def test_who_is_asked_first_time_or_returning(tmp_path):
    pack = variant(
        tmp_path,
        ('id = "medication"\ntype = "yes_no"\n', 'id = "medication"\ntype = "yes_no"\ndonors = "first_time"\n'),
    )
    assert "medication" in {q.id for q in pack.questions_for("F", True)}
    assert "medication" not in {q.id for q in pack.questions_for("F", False)}
    assert run(date(2026, 3, 2), pack=pack, first_time=True, medication=True).outcome is REFER
    assert run(date(2026, 3, 2), pack=pack, first_time=False, medication=True).outcome is ELIGIBLE


def test_number_questions(tmp_path):
    extra = (
        '\n[[rule]]\nid = "sleep_hours"\ntype = "number"\nmin = 5\noutcome = "refer"\n'
        'question = { ar = "كم ساعة نمت الليلة الماضية؟", fr = "Combien d\'heures avez-vous dormi cette nuit ?" }\n'
        'unit = { ar = "ساعات", fr = "heures" }\npictogram = "feels_unwell.svg"\nsource = "centre practice"\n'
        'explanation = { ar = "نوم أقل من {min} ساعات.", fr = "Moins de {min} heures de sommeil." }\n'
    )
    pack = variant(
        tmp_path,
        (
            "# ---------------------------------------------------------------- what the nurse",
            extra + "# ---------------------------------------------------------------- what the nurse",
        ),
    )
    question = pack.questions_for("M", True)[-1]
    assert (question.id, question.kind, question.unit["fr"]) == ("sleep_hours", "number", "heures")
    assert run(date(2026, 3, 2), pack=pack, sleep_hours=4.5).outcome is REFER
    assert run(date(2026, 3, 2), pack=pack, sleep_hours=5).outcome is ELIGIBLE
    assert pack.explain("sleep_hours", "fr") == "Moins de 5 heures de sommeil."


# --------------------------------------------------------------------------- refused input


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"tattoo": date(2026, 1, 1)}, "answers.tattoo"),
        ({"age": 30}, "answers.age"),
        ({"hepatitis": "no"}, "answers.hepatitis"),
        ({"dental_care": "2025-10-10"}, "answers.dental_care"),
        ({"dental_care": True}, "answers.dental_care"),
    ],
)
def test_unknown_question_or_wrong_type_is_refused_with_its_field(answers, field):
    with pytest.raises(InputError) as refused:
        run(date(2026, 3, 2), **answers)
    assert refused.value.field == field
