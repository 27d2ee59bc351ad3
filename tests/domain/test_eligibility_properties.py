"""For any profile, history and answers the engine returns one of the four outcomes,
never raises, and a date it gives is after the assessment date."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.eligibility import (
    NEEDS_INTERVIEW,
    AnswerKind,
    Donation,
    DonorProfile,
    Outcome,
    Sex,
    Wait,
    assess,
    default_pack,
    stored_answers,
)

PACK = default_pack()
ORDER = {rule.id: rule.index for rule in PACK.rules}
ALL_QUESTIONS = PACK.questions_for("F", True)  # women see every question of this pack

# The assessment day: mostly plausible, sometimes near the ends of the calendar (where
# deferrals saturate). Other dates are mostly drawn relative to it, so that rule
# boundaries (the day before, of, after) come up often.
todays = st.one_of(st.dates(date(1950, 1, 1), date(2100, 12, 31)), st.dates())
weights = st.one_of(st.none(), st.floats(min_value=0, max_value=300), st.integers(0, 300))


def near(today: date, back_days: int, boundaries: list[Wait]):
    """A date up to `back_days` before `today` (a few days after, too), a date within
    two days of a rule's boundary (`today` minus a wait), or any date at all."""

    def shift(day: date, days: int) -> date:
        try:
            return day - timedelta(days=days)
        except OverflowError:
            return day

    around = st.tuples(st.sampled_from(boundaries), st.integers(-2, 2)).map(
        lambda pair: shift(pair[0].before(today), pair[1])
    )
    return st.one_of(st.integers(-3, back_days).map(lambda n: shift(today, n)), around, st.dates())


def answer_for(question, today: date):
    if question.kind is AnswerKind.YES_NO:
        return st.one_of(st.none(), st.booleans())
    if question.kind is AnswerKind.DATE:
        return st.one_of(st.none(), near(today, 6 * 366, [question.wait]))
    return st.one_of(st.none(), st.floats(allow_nan=False), st.integers())


BIRTHDAYS = [Wait(years=18), Wait(years=61), Wait(years=66)]
DONATION_GAPS = [Wait(days=56), Wait(days=84), Wait(months=12)]


@st.composite
def cases(draw):
    today = draw(todays)
    sex = draw(st.sampled_from(Sex))
    donor = DonorProfile(sex, draw(near(today, 70 * 366, BIRTHDAYS)), draw(weights), draw(st.booleans()))
    donation = st.builds(Donation, near(today, 2 * 366, DONATION_GAPS), st.just("whole_blood"))
    history = draw(st.lists(donation, max_size=12))
    answers = draw(st.fixed_dictionaries({}, optional={q.id: answer_for(q, today) for q in ALL_QUESTIONS}))
    return today, donor, history, answers


@settings(max_examples=600, deadline=None)
@given(case=cases())
def test_engine_always_answers_with_one_of_four_outcomes(case):
    today, donor, history, given_answers = case
    result = assess(PACK, today, donor, history, given_answers)

    assert result.outcome in set(Outcome)
    assert result.pack == "ma-amsd@1.2"
    if result.until is not None:
        assert result.outcome is Outcome.DEFERRED
        assert result.until > today
    for reason in result.details:  # each dated reason too, not only the one that wins
        assert reason.until is None or reason.until > today
    assert (result.outcome is Outcome.ELIGIBLE) == (result.reasons == ())
    # Every reason once, in pack order; the outcome is the worst of them.
    assert list(result.reasons) == sorted(set(result.reasons), key=ORDER.__getitem__)
    if result.details:
        assert max(r.outcome.rank for r in result.details) == result.outcome.rank
    dated = [r.until for r in result.details if r.outcome is Outcome.DEFERRED]
    if result.outcome is Outcome.DEFERRED:
        assert result.until == (None if None in dated else max(dated))
    json.dumps(result.to_json())

    kept = stored_answers(PACK, given_answers, result)
    assert set(kept) == set(given_answers)
    assert kept.get("risk_behaviour") in (None, False, NEEDS_INTERVIEW)
    json.dumps(kept)
