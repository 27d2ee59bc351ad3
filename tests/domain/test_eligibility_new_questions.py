"""The questions a medical officer expects beyond the decree: a donation elsewhere
entering the history, a stay in a malaria country, transfusion, endoscopy, blood
exposure, a sexually transmitted infection, fainting, the meal as advice, plasma
and platelets in the history; the screens they share and the words donors read.

Each dated rule is checked the day before, the day of and the day after its
boundary; the expected dates are written out by hand.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from kiosk.cli import main
from kiosk.domain.eligibility import (
    NEEDS_INTERVIEW,
    Donation,
    DonorProfile,
    InputError,
    Outcome,
    Sex,
    advice_lines,
    assess,
    check_pack,
    default_pack,
    donor_message,
    reason_lines,
    say,
    stored_answers,
)
from kiosk.domain.eligibility.pack import DEFAULT_PACK, check_text

ELIGIBLE, DEFERRED, PERMANENT, REFER = Outcome.ELIGIBLE, Outcome.DEFERRED, Outcome.PERMANENT, Outcome.REFER
PACK = default_pack()
ONE_DAY = timedelta(days=1)


def run(today, *, sex="F", first_time=True, history=(), **answers):
    donor = DonorProfile(Sex(sex), date(1990, 5, 1), 60.0, first_time)
    return assess(PACK, today, donor, tuple(history), answers)


def around(boundary: date):
    """(the day before, the day of, the day after) the first day a donor may give."""
    return boundary - ONE_DAY, boundary, boundary + ONE_DAY


# --------------------------------------------------------------------------- a donation elsewhere


def test_a_woman_who_gave_elsewhere_30_days_ago_waits_84_days_under_the_interval_rule():
    today = date(2026, 4, 1)
    gave = today - timedelta(days=30)  # 2 March 2026
    result = run(today, donated_elsewhere=gave)
    assert (result.outcome, result.until, result.reasons) == (DEFERRED, date(2026, 5, 25), ("interval",))
    before, day, after = around(date(2026, 5, 25))  # 2 March + 84 days
    assert run(before, donated_elsewhere=gave).reasons == ("interval",)
    assert run(day, donated_elsewhere=gave).outcome is ELIGIBLE
    assert run(after, donated_elsewhere=gave).outcome is ELIGIBLE


def test_a_man_who_gave_elsewhere_waits_56_days():
    gave = date(2026, 3, 2)
    assert run(date(2026, 4, 26), sex="M", donated_elsewhere=gave).until == date(2026, 4, 27)
    assert run(date(2026, 4, 27), sex="M", donated_elsewhere=gave).outcome is ELIGIBLE


def test_a_donation_elsewhere_counts_towards_the_yearly_limit_under_its_own_id():
    # A woman gave here in May and September 2025, and elsewhere on 10 January 2026:
    # three whole-blood donations in 12 months; the first drops out on 10 May 2026.
    history = (Donation(date(2025, 5, 10)), Donation(date(2025, 9, 1)))
    before, day, after = around(date(2026, 5, 10))
    result = run(before, first_time=False, history=history, donated_elsewhere=date(2026, 1, 10))
    assert (result.outcome, result.until, result.reasons) == (DEFERRED, date(2026, 5, 10), ("yearly_limit",))
    assert run(day, first_time=False, history=history, donated_elsewhere=date(2026, 1, 10)).outcome is ELIGIBLE
    assert run(after, first_time=False, history=history, donated_elsewhere=date(2026, 1, 10)).outcome is ELIGIBLE
    # Without the declared donation, the same donor may give.
    assert run(before, first_time=False, history=history).outcome is ELIGIBLE


def test_a_donation_elsewhere_that_is_not_a_date_is_refused():
    with pytest.raises(InputError) as refused:
        run(date(2026, 4, 1), donated_elsewhere=True)
    assert (refused.value.code, refused.value.field) == ("input.date_format", "answers.donated_elsewhere")


@pytest.mark.parametrize(("kind", "rule"), [("plasma", "interval_plasma"), ("platelets", "interval_platelets")])
def test_plasma_and_platelets_have_their_own_interval_before_whole_blood(kind, rule):
    gave = date(2026, 3, 30)
    before, day, after = around(date(2026, 4, 1))  # 48 hours
    result = run(before, first_time=False, history=(Donation(gave, kind),))
    assert (result.outcome, result.until, result.reasons) == (DEFERRED, date(2026, 4, 1), (rule,))
    assert run(day, first_time=False, history=(Donation(gave, kind),)).outcome is ELIGIBLE
    assert run(after, first_time=False, history=(Donation(gave, kind),)).outcome is ELIGIBLE
    # Neither counts as a whole-blood donation for the yearly limit.
    many = tuple(Donation(date(2025, m, 1), kind) for m in (6, 7, 8, 9, 10))
    assert run(date(2026, 4, 1), first_time=False, history=many).outcome is ELIGIBLE


# --------------------------------------------------------------------------- dated questions


@pytest.mark.parametrize(
    ("rule", "event", "boundary"),
    [
        ("malaria_travel", date(2026, 3, 31), date(2026, 9, 30)),  # 6 calendar months after the return
        ("malaria_travel", date(2025, 8, 31), date(2026, 2, 28)),  # …clamped to the end of February
        ("transfusion_received", date(2026, 1, 15), date(2026, 7, 15)),
        ("endoscopy", date(2026, 2, 1), date(2026, 8, 1)),
        ("blood_exposure", date(2025, 12, 20), date(2026, 6, 20)),
        ("sti_treated", date(2025, 8, 31), date(2026, 8, 31)),  # 1 year after the cure
    ],
)
def test_dated_rules_at_their_boundary(rule, event, boundary):
    before, day, after = around(boundary)
    held = run(before, **{rule: event})
    assert (held.outcome, held.until, held.reasons) == (DEFERRED, boundary, (rule,))
    assert run(day, **{rule: event}).outcome is ELIGIBLE
    assert run(after, **{rule: event}).outcome is ELIGIBLE


def test_having_lived_in_a_malaria_country_and_fainting_are_referrals():
    assert run(date(2026, 4, 1), malaria_zone=True).outcome is REFER
    result = run(date(2026, 4, 1), fainting_history=True)
    assert (result.outcome, result.until, result.reasons) == (REFER, None, ("fainting_history",))


# --------------------------------------------------------------------------- advice


def test_no_meal_is_advice_never_a_deferral():
    today = date(2026, 4, 1)
    hungry = run(today, meal=False)
    assert (hungry.outcome, hungry.reasons, hungry.advice) == (ELIGIBLE, (), ("meal",))
    assert run(today, meal=True).advice == ()
    assert run(today).advice == ()
    both = run(today, meal=False, tattoo_piercing=date(2026, 3, 1))
    assert (both.outcome, both.reasons, both.advice) == (DEFERRED, ("tattoo_piercing",), ("meal",))
    assert advice_lines(PACK, hungry, "fr", "F") == [
        "Avant l’entretien, prenez une collation légère et buvez de l’eau. "
        "Pendant le Ramadan, le don se fait après le ftour."
    ]
    assert "تناولي" in advice_lines(PACK, hungry, "ar", "F")[0]
    assert "تناول وجبة" in advice_lines(PACK, hungry, "ar", "M")[0]
    with pytest.raises(InputError) as refused:
        run(today, meal="no")
    assert (refused.value.code, refused.value.field) == ("input.bool", "answers.meal")


def test_kiosk_assess_lists_advice_beside_reasons(tmp_path, capsys):
    path = tmp_path / "request.json"
    path.write_text(
        json.dumps(
            {
                "date": "2026-04-01",
                "donor": {"sex": "F", "birth_date": "1990-05-01"},
                "history": [{"date": "2026-03-31", "kind": "platelets"}],
                "answers": {"meal": False, "donated_elsewhere": None, "fainting_history": False},
            }
        ),
        encoding="utf-8",
    )
    assert main(["assess", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "outcome": "deferred",
        "until": "2026-04-02",
        "reasons": ["interval_platelets"],
        "advice": ["meal"],
        "pack": "ma-amsd@1.2",
    }


# --------------------------------------------------------------------------- what the donor reads


def _long(day: date, lang: str) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def test_a_deferred_donor_is_told_the_reason_in_general_words_with_its_date():
    result = run(date(2026, 4, 1), tattoo_piercing=date(2026, 3, 10), dental_care=date(2026, 2, 1))
    assert reason_lines(PACK, result, "fr", "F", _long) == [
        "Des soins dentaires récents : vous pourrez donner à partir du 1/8/2026.",
        "Un tatouage ou un piercing récent : vous pourrez donner à partir du 10/9/2026.",
    ]
    assert reason_lines(PACK, result, "ar", "F", _long)[1] == "وشم أو ثقب حديث: يمكنكِ التبرع ابتداءً من 10/9/2026."
    assert reason_lines(PACK, result, "ar", "M", _long)[1] == "وشم أو ثقب حديث: يمكنك التبرع ابتداءً من 10/9/2026."


def test_a_sensitive_reason_is_never_told_nor_hinted_at():
    result = run(date(2026, 4, 1), tattoo_piercing=date(2026, 3, 10), sti_treated=date(2026, 2, 1))
    assert result.reasons == ("tattoo_piercing", "sti_treated")
    assert reason_lines(PACK, result, "fr", "F", _long) == []
    assert donor_message(PACK, result, "fr", _long, "F") == (
        "Merci de votre générosité. Vous pourrez donner votre sang à partir du 1/2/2027."
    )
    assert stored_answers(PACK, {"sti_treated": date(2026, 2, 1)}, result) == {"sti_treated": NEEDS_INTERVIEW}
    for rule in PACK.rules:
        assert not (rule.sensitive and rule.reason), rule.id


def test_permanent_and_referral_reasons_are_left_to_the_medical_team():
    result = run(date(2026, 4, 1), hepatitis=True, medication=True, fever=date(2026, 3, 25))
    assert reason_lines(PACK, result, "fr", "M", _long) == [
        "Une fièvre ou une infection récente : vous pourrez donner à partir du 8/4/2026."
    ]


def test_donor_texts_address_women_and_men_and_are_neutral_before():
    texts = PACK.texts
    assert "خذي" in say(texts["eligible"], "ar", "F") and "خذ تذكرتك" in say(texts["eligible"], "ar", "M")
    assert "خذ تذكرتك" not in say(texts["eligible"], "ar") and "يُرجى" in say(texts["eligible"], "ar")
    fever = PACK.rule("fever").when
    assert (say(fever, "fr", "F"), say(fever, "fr", "M"), say(fever, "fr")) == (
        "Depuis quand êtes-vous guérie ?",
        "Depuis quand êtes-vous guéri ?",
        "Depuis quand êtes-vous guéri(e) ?",
    )
    for key in ("eligible", "deferred", "permanent", "refer", "deferred_until"):
        for lang in ("ar", "fr"):
            words = say(texts[key], lang, "F")
            assert "الممرض" not in words and "infirmi" not in words
            assert words.startswith(("شكرًا على كرمكِ", "Merci de votre générosité"))


def test_every_question_says_its_period_or_that_it_is_about_now_or_ever():
    periods = {
        "fr": (
            "Au cours des",
            "au cours des",
            "Aujourd’hui",
            "En ce moment",
            "déjà",
            "Avez-vous, ou",
            "de longue durée",
        ),
        "ar": ("خلال", "اليوم", "في الوقت الحالي", "سبق", "مزمن"),
    }
    for question in PACK.questions_for("F", True):
        for lang, words in periods.items():
            assert any(w in question.text[lang] for w in words), (question.id, lang)


def test_the_issue_wording_fixes():
    assert "سقوط الحمل" in PACK.rule("miscarriage").question["ar"]
    assert "إجهاض" not in PACK.rule("miscarriage").question["ar"]
    assert "petites incisions" in PACK.rule("hijama").question["fr"]
    assert "vécu" in PACK.rule("malaria_zone").question["fr"] and "عشت" in PACK.rule("malaria_zone").question["ar"]
    assert (
        "séjourné" in PACK.rule("malaria_travel").question["fr"]
        and "أقمت" in PACK.rule("malaria_travel").question["ar"]
    )
    risk = PACK.rule("risk_behaviour").question["fr"]
    assert "non protégé" not in risk and "nouveau" in risk  # a faithful married couple answers no
    assert "sida" in PACK.rule("hiv").question["fr"] and "السيدا" in PACK.rule("hiv").question["ar"]
    diabetes = PACK.rule("diabetes_treated").question["fr"]
    assert diabetes.count("?") == 1 and " et " not in diabetes
    assert "بوصفير" in PACK.rule("hepatitis").question["ar"]
    assert "الدياليز" in PACK.rule("kidney_disease").question["ar"]


# --------------------------------------------------------------------------- screens


def test_questions_of_one_period_share_a_screen_and_a_woman_sees_at_most_20():
    women = PACK.steps_for("F", True)
    men = PACK.steps_for("M", True)
    assert len(women) <= 20 and len(men) < len(women)
    six = next(step for step in women if step.id == "last_6_months")
    assert six.grouped and "Au cours des 6 derniers mois" in six.text["fr"]
    assert [q.id for q in six.questions][-2:] == ["childbirth", "miscarriage"]
    assert "childbirth" not in [q.id for step in men for q in step.questions]
    # Every question is asked once, sensitive ones each on a screen of their own.
    asked = [q.id for step in women for q in step.questions]
    assert asked == sorted(asked, key=[q.id for q in PACK.questions_for("F", True)].index)
    assert len(asked) == len(PACK.questions_for("F", True))
    assert all(len(step.questions) == 1 for step in women if step.sensitive)


def _pack_with(old: str, new: str) -> str:
    text = DEFAULT_PACK.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('items = ["fever", "vaccination"]', 'items = ["fever", "vacination"]', "'vacination' is not a rule"),
        ('items = ["fever", "vaccination"]', 'items = ["fever", "hiv"]', "'hiv' is sensitive"),
        ('items = ["fever", "vaccination"]', 'items = ["fever", "dental_care"]', "already in group"),
        ('items = ["fever", "vaccination"]', 'items = ["fever"]', "two or more"),
        ('F = "Depuis quand êtes-vous guérie ?", ', "", "must give the forms any, F and M"),
        ('id = "hiv"\ntype = "yes_no"', 'id = "hiv"\ntype = "yes_no"\nreason = { ar = "س", fr = "s" }', "sensitive"),
        ("on = false", 'on = "no"', "on must be true or false"),
        ('kind = "whole_blood"\nwindow', 'kind = "Whole blood"\nwindow', "kind must be a donation kind"),
    ],
)
def test_rules_check_catches_group_form_and_new_type_mistakes(tmp_path, old, new, message):
    problems, pack = check_text(_pack_with(old, new), DEFAULT_PACK)
    assert pack is None
    assert any(message in p.message for p in problems), problems


def test_the_bundled_pack_passes_its_check():
    problems, pack = check_pack(DEFAULT_PACK)
    assert problems == [] and pack is not None
