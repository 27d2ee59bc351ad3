"""The words of eligibility pre-screening: donors, answers, rules, outcomes.

Texts are `{"ar": ..., "fr": ...}` mappings (kiosk.i18n.texts.Texts) taken from
the rule pack, so a regional centre changes them without touching code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.domain.eligibility.dates import Wait
from kiosk.i18n.texts import Texts

Text = Texts
"""A text in the kiosk's languages: `{"ar": "...", "fr": "..."}`. A text that addresses
the donor may also hold the feminine and masculine forms as `"ar/F"`, `"ar/M"`,
`"fr/F"`, `"fr/M"`; `"ar"` and `"fr"` are then the neutral forms (see `say`)."""


def say(text: Text, lang: str, sex: str | None = None) -> str:
    """`text` in `lang`, in the form for a donor of `sex` ("F", "M"), neutral when
    the sex is not known or the text has a single form."""
    if sex:
        form = text.get(f"{lang}/{sex}")
        if form is not None:
            return form
    return text.of(lang) if isinstance(text, Texts) else text[lang]  # Texts: its fallback rule


Answer = bool | date | float | int | None
"""A donor's answer: yes/no, the date of the last event, or a number; `None` = not given."""

NEEDS_INTERVIEW = "needs_interview"
"""What is stored instead of the answer to a sensitive question."""


class Sex(StrEnum):
    F = "F"
    M = "M"


class Outcome(StrEnum):
    """The engine's answer, from best to worst for the donor. When several rules
    trigger, `PERMANENT` wins over `DEFERRED`, which wins over `REFER`."""

    ELIGIBLE = "eligible"
    REFER = "refer"
    DEFERRED = "deferred"
    PERMANENT = "permanent"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Outcome.ELIGIBLE: 0, Outcome.REFER: 1, Outcome.DEFERRED: 2, Outcome.PERMANENT: 3}


class AnswerKind(StrEnum):
    """How a question is answered at the kiosk."""

    YES_NO = "yes_no"
    DATE = "date"  # "when?", with a month picker
    NUMBER = "number"


class RuleType(StrEnum):
    """What a rule looks at: the donor profile, the donation history or an answer."""

    AGE = "age"
    WEIGHT = "weight"
    INTERVAL = "interval"
    YEARLY_LIMIT = "yearly_limit"
    YES_NO = "yes_no"
    DATE = "date"
    NUMBER = "number"
    DONATION = "donation"  # "when did you last give blood elsewhere?": the answer joins the history
    ADVICE = "advice"  # a yes/no question whose answer adds advice, never a deferral

    @property
    def answer_kind(self) -> AnswerKind | None:
        """The kind of answer the kiosk asks for, or None when the profile or history answers."""
        return _ANSWER_KIND.get(self)


_ANSWER_KIND = {
    RuleType.YES_NO: AnswerKind.YES_NO,
    RuleType.DATE: AnswerKind.DATE,
    RuleType.NUMBER: AnswerKind.NUMBER,
    RuleType.DONATION: AnswerKind.DATE,
    RuleType.ADVICE: AnswerKind.YES_NO,
}


class Donors(StrEnum):
    """Which donors a rule concerns, by their donation history."""

    ALL = "all"
    FIRST_TIME = "first_time"
    RETURNING = "returning"


@dataclass(frozen=True, slots=True)
class DonorProfile:
    """What the kiosk knows about the donor before the questions."""

    sex: Sex
    birth_date: date
    weight_kg: float | None = None  # None: not known yet, the nurse weighs
    first_time: bool = True


@dataclass(frozen=True, slots=True)
class Donation:
    """A past donation from the donor's history."""

    date: date
    kind: str = "whole_blood"


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a pack, as written (numbers in `params`, e.g. `{"min_years": 18}`)."""

    id: str
    type: RuleType
    index: int  # position in the pack: the order of questions and of reasons
    line: int  # line of its `[[rule]]` header in the pack file
    outcome: Outcome  # for `age`: the outcome below the minimum age; ELIGIBLE for donation and advice
    source: str
    explanation: Text  # plain words for staff, may use `{param}` placeholders
    question: Text | None = None
    when: Text | None = None  # the "when?" prompt of a date question
    unit: Text | None = None  # the unit of a number question
    pictogram: Path | None = None
    sex: Sex | None = None  # None: both
    donors: Donors = Donors.ALL
    sensitive: bool = False
    wait: Wait | None = None  # for date rules; for donation rules, how far back the question looks
    params: Mapping[str, Any] = field(default_factory=dict)
    reason: Text | None = None  # what a deferred donor is told, in general words (never for sensitive rules)
    item: Text | None = None  # its line in a group screen ("a tattoo or a piercing")
    advice: Text | None = None  # advice rules: what the donor and the nurse read

    def concerns(self, sex: Sex | str, first_time: bool) -> bool:
        """Whether this rule applies to (and its question is shown to) such a donor."""
        if self.sex is not None and self.sex != sex:
            return False
        if self.donors is Donors.FIRST_TIME:
            return first_time
        if self.donors is Donors.RETURNING:
            return not first_time
        return True

    def explain(self, lang: str) -> str:
        """The staff explanation in `lang`, its `{placeholders}` filled from the rule's numbers."""
        return self.explanation.of(lang).format_map(self.params)


@dataclass(frozen=True, slots=True)
class Question:
    """A question the kiosk shows, in pack order."""

    id: str
    kind: AnswerKind
    text: Text
    pictogram: Path
    sensitive: bool = False
    when: Text | None = None  # date questions: the "when?" prompt
    unit: Text | None = None  # number questions: e.g. kg
    wait: Wait | None = None  # date questions: how long the event defers (or how far back it looks)
    item: Text | None = None  # its line in a group screen

    def earliest(self, today: date) -> date | None:
        """Date questions: the earliest event date that still matters on `today`;
        the month picker starts from its month and "earlier / never" means no answer."""
        return self.wait.earliest_event(today) if self.wait is not None else None


@dataclass(frozen=True, slots=True)
class Step:
    """One question screen: a single question, or a group of questions of the same
    period ("In the last 6 months, have you had any of these?") answered with one
    "no", or with "yes", then "which?" and "when?"."""

    id: str
    questions: tuple[Question, ...]
    text: Text | None = None  # a group's question; None for a single question

    @property
    def grouped(self) -> bool:
        return self.text is not None

    @property
    def sensitive(self) -> bool:
        return any(q.sensitive for q in self.questions)


@dataclass(frozen=True, slots=True)
class Vital:
    """A threshold the nurse checks (haemoglobin, blood pressure, weight)."""

    id: str
    unit: str
    source: str
    explanation: Text
    min: Mapping[str, float] | None = None  # by sex ("F", "M")
    max: Mapping[str, float] | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One triggered rule: what it leads to and, for a dated deferral, until when."""

    rule: str
    outcome: Outcome
    until: date | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    """The engine's answer for one donor on one day."""

    outcome: Outcome
    until: date | None  # deferred only: the first day the donor may give; None if unknown
    reasons: tuple[str, ...]  # triggered rule ids, in pack order
    pack: str  # "ma-amsd@1.0"
    details: tuple[Reason, ...] = ()
    advice: tuple[str, ...] = ()  # advice rule ids whose answer calls for advice, in pack order

    def to_json(self) -> dict[str, Any]:
        """The documented JSON form (`kiosk assess`)."""
        return {
            "outcome": self.outcome.value,
            "until": self.until.isoformat() if self.until else None,
            "reasons": list(self.reasons),
            "advice": list(self.advice),
            "pack": self.pack,
        }
