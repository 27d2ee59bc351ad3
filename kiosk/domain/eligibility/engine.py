"""The pre-screening engine: a valid pack, a donor, their history and answers → an Assessment.

Every number comes from the pack. At load, `plan.compile_plan` turns the rules into
small closures grouped by the four kinds of donor (sex × first time or not), so
that `assess` only loops over what applies: a few microseconds per donor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from kiosk.domain.eligibility.model import (
    NEEDS_INTERVIEW,
    Answer,
    AnswerKind,
    Assessment,
    Donation,
    DonorProfile,
    Outcome,
    Reason,
    RuleType,
    Sex,
    say,
)
from kiosk.domain.eligibility.pack import Pack
from kiosk.domain.eligibility.plan import ANSWER_TYPES as _TYPES
from kiosk.domain.eligibility.plan import Plan, _Group
from kiosk.errors import CodedError

ELIGIBLE, DEFERRED = Outcome.ELIGIBLE, Outcome.DEFERRED


class InputError(CodedError, ValueError):
    """Input the engine cannot take (unknown question, wrong type, bad date): a
    code of the error registry (`input.…`); the `field` detail names it, e.g.
    `answers.fever` or `donor.birth_date`."""

    def __init__(self, code: str, *, field: str, **detail: object):
        super().__init__(code, field=field, **detail)
        self.field = field


def _wrong_type(kind: AnswerKind, field: str, value: str) -> InputError:
    """The refusal of an answer that is not of the question's kind (each kind has its code)."""
    if kind is AnswerKind.YES_NO:
        return InputError("input.bool", field=field, value=value)
    if kind is AnswerKind.DATE:
        return InputError("input.date_format", field=field, value=value)
    return InputError("input.number", field=field, value=value)


# --------------------------------------------------------------------------- the engine


def assess(
    pack: Pack,
    today: date,
    donor: DonorProfile,
    history: Sequence[Donation] = (),
    answers: Mapping[str, Answer] | None = None,
) -> Assessment:
    """Pre-screen one donor on `today` (the campaign's local day).

    An answer not given (absent or None) triggers nothing; an answer to a question
    that does not concern this donor (a man's `pregnant`) is ignored. A donation
    question's date ("gave blood elsewhere") joins the history, so the interval
    and yearly rules report it under their own ids. Raises InputError only for an
    id the pack does not ask or a value of the wrong type.
    """
    plan: Plan = pack._plan
    try:
        group = plan.groups[(donor.sex, donor.first_time)]
    except KeyError:
        raise InputError("input.sex", field="donor.sex", value=repr(donor.sex)) from None
    advice: list[tuple[int, str]] = []
    if answers and (group.donations or group.advice):
        history = _declared(group, history, answers)
        for rule_id, (index, on) in group.advice.items():
            value = answers.get(rule_id)
            if value is None:
                continue
            if type(value) is not bool:
                raise InputError("input.bool", field=f"answers.{rule_id}", value=repr(value))
            if value is on:
                advice.append((index, rule_id))
    advised = tuple(rule_id for _, rule_id in sorted(advice))
    hits: list[tuple[int, str, Outcome, date | None]] = []
    for index, rule_id, check in group.profile:
        hit = check(today, donor, history)
        if hit is not None:
            hits.append((index, rule_id, hit[0], hit[1]))
    if answers:
        applicable = group.answers
        for rule_id, value in answers.items():
            entry = applicable.get(rule_id)
            if entry is None:
                if rule_id not in plan.asked:
                    raise InputError("input.no_question", field=f"answers.{rule_id}", pack=pack.ref)
                continue
            if value is None:
                continue
            index, types, answer_check = entry
            if type(value) not in types:
                kind = plan.asked[rule_id]
                raise _wrong_type(kind, f"answers.{rule_id}", repr(value))
            hit = answer_check(today, value)
            if hit is not None:
                hits.append((index, rule_id, hit[0], hit[1]))
    if not hits:
        return Assessment(ELIGIBLE, None, (), pack.ref, advice=advised)

    hits.sort()
    final = ELIGIBLE
    latest: date | None = None
    open_ended = False
    for _, _, outcome, until in hits:
        if outcome.rank > final.rank:
            final = outcome
        if outcome is DEFERRED:
            if until is None:
                open_ended = True
            elif latest is None or until > latest:
                latest = until
    return Assessment(
        outcome=final,
        until=latest if final is DEFERRED and not open_ended else None,
        reasons=tuple(h[1] for h in hits),
        pack=pack.ref,
        details=tuple(Reason(h[1], h[2], h[3]) for h in hits),
        advice=advised,
    )


def _declared(group: _Group, history: Sequence[Donation], answers: Mapping[str, Answer]) -> Sequence[Donation]:
    """The history with the donations the donor declared (a date of a donation question)."""
    extra = []
    for rule_id, kind in group.donations.items():
        value = answers.get(rule_id)
        if value is None:
            continue
        if type(value) is not date:
            raise InputError("input.date_format", field=f"answers.{rule_id}", value=repr(value))
        extra.append(Donation(value, kind))
    return (*history, *extra) if extra else history


# The rules that hold a donor back because of their own donations.
_HISTORY_RULES = (RuleType.INTERVAL, RuleType.YEARLY_LIMIT)


def next_donation_day(
    pack: Pack, sex: Sex | str, birth_date: date, given: Donation, history: Sequence[Donation] = ()
) -> date | None:
    """The first day a donor may give again after the donation `given`: the pack's
    interval by sex and yearly limit, as `assess` applies them on the day of that
    donation to the history up to it (later donations do not count). None when
    the pack has no such rule for this donor. What a card and a certificate print.
    """
    past = [d for d in history if d.date <= given.date]
    if given not in past:
        past.append(given)
    profile = DonorProfile(Sex(sex), birth_date, None, first_time=False)
    result = assess(pack, given.date, profile, past)
    ends = [r.until for r in result.details if r.until is not None and pack.rule(r.rule).type in _HISTORY_RULES]
    return max(ends, default=None)


def stored_answers(
    pack: Pack, answers: Mapping[str, Answer], assessment: Assessment | None = None
) -> dict[str, bool | str | float]:
    """The record of a questionnaire for the nurse: every question asked, JSON-ready.

    "No" (False, or None for a "when?" answered "never / earlier") is kept as
    False, a date as ISO text; a "yes" to a sensitive question is kept only as
    "needs_interview", never as the answer itself. `assessment` is accepted for
    callers that pass it; every answer is kept either way.
    """
    kept: dict[str, bool | str | float] = {}
    for rule_id, value in answers.items():
        kind = pack._plan.asked.get(rule_id)
        if kind is None:
            raise InputError("input.no_question", field=f"answers.{rule_id}", pack=pack.ref)
        if value is None or value is False:
            kept[rule_id] = False
            continue
        if type(value) not in _TYPES[kind]:
            raise _wrong_type(kind, f"answers.{rule_id}", repr(value))
        rule = pack.rule(rule_id)
        if rule.sensitive:
            kept[rule_id] = NEEDS_INTERVIEW
        elif isinstance(value, date):
            kept[rule_id] = value.isoformat()
        else:
            kept[rule_id] = value
    return kept


def check_vitals(pack: Pack, sex: Sex | str, measured: Mapping[str, float | None]) -> tuple[str, ...]:
    """The nurse's measurements against the pack's thresholds: the ids that fail, in
    pack order. A measurement not taken (absent or None) is not checked, nor refused
    when the pack has no threshold for it (an older pack without the pulse)."""
    if sex not in ("F", "M"):
        raise ValueError(f"sex must be 'F' or 'M', not {sex!r}")
    known = {v.id for v in pack.vitals}
    for key, value in measured.items():
        if key not in known and value is not None:
            raise ValueError(f"{key}: not a vital sign of {pack.ref} ({', '.join(sorted(known))})")
    failed = []
    for vital in pack.vitals:
        value = measured.get(vital.id)
        if value is None:
            continue
        if (vital.min is not None and value < vital.min[sex]) or (vital.max is not None and value > vital.max[sex]):
            failed.append(vital.id)
    return tuple(failed)


def donor_message(
    pack: Pack,
    assessment: Assessment,
    lang: str,
    format_date: Callable[[date, str], str] | None = None,
    sex: str | None = None,
) -> str:
    """What the kiosk tells the donor: when to come back or to see the medical team,
    addressed to a donor of `sex` (neutral if None). `format_date(day, lang)` writes
    the date (the UI passes `kiosk.i18n.dates.long_date`); ISO by default. The
    reasons in general words are `kiosk.domain.eligibility.words.reason_lines`."""
    if assessment.outcome is DEFERRED and assessment.until is not None:
        day = format_date(assessment.until, lang) if format_date else assessment.until.isoformat()
        return say(pack.texts["deferred_until"], lang, sex).format(date=day)
    return say(pack.texts[assessment.outcome.value], lang, sex)
