"""A pack's rules compiled into small closures, grouped by the four kinds of donor.

Built once when a pack loads (kiosk.domain.eligibility.pack) and run by the engine
(kiosk.domain.eligibility.engine); it depends on neither, so the two do not import
each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.domain.eligibility.dates import Wait, age_on, birthday
from kiosk.domain.eligibility.model import AnswerKind, Donation, DonorProfile, Outcome, Rule, RuleType

DEFERRED = Outcome.DEFERRED

Hit = tuple[Outcome, date | None] | None
ProfileCheck = Callable[[date, DonorProfile, Sequence[Donation]], Hit]
AnswerCheck = Callable[[date, Any], Hit]

# The Python types an answer of each kind may have.
ANSWER_TYPES: dict[AnswerKind, tuple[type, ...]] = {
    AnswerKind.YES_NO: (bool,),
    AnswerKind.DATE: (date,),
    AnswerKind.NUMBER: (int, float),
}


@dataclass(frozen=True, slots=True)
class _Group:
    profile: tuple[tuple[int, str, ProfileCheck], ...]
    answers: Mapping[str, tuple[int, tuple[type, ...], AnswerCheck]]
    donations: Mapping[str, str] = field(default_factory=dict)  # donation question id -> donation kind
    advice: Mapping[str, tuple[int, bool]] = field(
        default_factory=dict
    )  # advice id -> (index, the answer that calls for it)


@dataclass(frozen=True, slots=True)
class Plan:
    """A pack's rules precompiled for one kind of donor each: `groups[(sex, first_time)]`."""

    groups: Mapping[tuple[str, bool], _Group]
    asked: Mapping[str, AnswerKind]  # every question id of the pack


def compile_plan(rules: Iterable[Rule]) -> Plan:
    rules = list(rules)
    groups: dict[tuple[str, bool], _Group] = {}
    for sex in ("F", "M"):
        for first_time in (True, False):
            profile: list[tuple[int, str, ProfileCheck]] = []
            answers: dict[str, tuple[int, tuple[type, ...], AnswerCheck]] = {}
            donations: dict[str, str] = {}
            advice: dict[str, tuple[int, bool]] = {}
            for rule in rules:
                if not rule.concerns(sex, first_time):
                    continue
                if rule.type is RuleType.DONATION:
                    donations[rule.id] = rule.params["kind"]
                    continue
                if rule.type is RuleType.ADVICE:
                    advice[rule.id] = (rule.index, rule.params["on"])
                    continue
                kind = rule.type.answer_kind
                if kind is None:
                    profile.append((rule.index, rule.id, _PROFILE_COMPILERS[rule.type](rule, sex, first_time)))
                else:
                    check = _ANSWER_COMPILERS[rule.type](rule, sex, first_time)
                    answers[rule.id] = (rule.index, ANSWER_TYPES[kind], check)
            groups[(sex, first_time)] = _Group(tuple(profile), answers, donations, advice)
    asked = {r.id: kind for r in rules if (kind := r.type.answer_kind) is not None}
    return Plan(groups, asked)


# --------------------------------------------------------------------------- rule compilers


def _age(rule: Rule, sex: str, first_time: bool) -> ProfileCheck:
    p = rule.params
    low = p["min_years"]
    high = p["returning_max_years"] if (p["returning_may_continue"] and not first_time) else p["max_years"]
    below, above = rule.outcome, Outcome(p["outcome_above"])
    dated = below is DEFERRED

    def check(today: date, donor: DonorProfile, history: Sequence[Donation]) -> Hit:
        age = age_on(donor.birth_date, today)
        if age < low:
            return below, (birthday(donor.birth_date, low) if dated else None)
        if age > high:
            return above, None
        return None

    return check


def _weight(rule: Rule, sex: str, first_time: bool) -> ProfileCheck:
    minimum, outcome = rule.params["min_kg"], rule.outcome

    def check(today: date, donor: DonorProfile, history: Sequence[Donation]) -> Hit:
        weight = donor.weight_kg
        if weight is not None and weight < minimum:
            return outcome, None
        return None

    return check


def _interval(rule: Rule, sex: str, first_time: bool) -> ProfileCheck:
    kinds = frozenset(rule.params["kinds"])
    wait = Wait(days=rule.params["days"][sex])

    def check(today: date, donor: DonorProfile, history: Sequence[Donation]) -> Hit:
        last = None
        for donation in history:
            if donation.kind in kinds and (last is None or donation.date > last):
                last = donation.date
        if last is not None:
            until = wait.after(last)
            if today < until:
                return DEFERRED, until
        return None

    return check


def _yearly_limit(rule: Rule, sex: str, first_time: bool) -> ProfileCheck:
    kinds = frozenset(rule.params["kinds"])
    limit = rule.params["max"][sex]
    window = Wait(**rule.params["window"])

    def check(today: date, donor: DonorProfile, history: Sequence[Donation]) -> Hit:
        if len(history) < limit:
            return None
        # A donation counts until the window has passed since it (then it drops out).
        ends = sorted(end for d in history if d.kind in kinds and (end := window.after(d.date)) > today)
        if len(ends) < limit:
            return None
        # The donor may give again once enough donations dropped out to be below the limit.
        return DEFERRED, ends[len(ends) - limit]

    return check


def _yes_no(rule: Rule, sex: str, first_time: bool) -> AnswerCheck:
    hit = (rule.outcome, None)

    def check(today: date, value: bool) -> Hit:
        return hit if value else None

    return check


def _date(rule: Rule, sex: str, first_time: bool) -> AnswerCheck:
    wait, outcome = rule.wait, rule.outcome
    assert wait is not None
    dated = outcome is DEFERRED

    def check(today: date, value: date) -> Hit:
        until = wait.after(value)
        if today < until:
            return outcome, (until if dated else None)
        return None

    return check


def _number(rule: Rule, sex: str, first_time: bool) -> AnswerCheck:
    low, high = rule.params.get("min"), rule.params.get("max")
    hit = (rule.outcome, None)

    def check(today: date, value: float) -> Hit:
        if (low is not None and value < low) or (high is not None and value > high):
            return hit
        return None

    return check


_PROFILE_COMPILERS: dict[RuleType, Callable[[Rule, str, bool], ProfileCheck]] = {
    RuleType.AGE: _age,
    RuleType.WEIGHT: _weight,
    RuleType.INTERVAL: _interval,
    RuleType.YEARLY_LIMIT: _yearly_limit,
}
_ANSWER_COMPILERS: dict[RuleType, Callable[[Rule, str, bool], AnswerCheck]] = {
    RuleType.YES_NO: _yes_no,
    RuleType.DATE: _date,
    RuleType.NUMBER: _number,
}
