"""What a donor reads about their own pre-screen, beyond "when to come back":
the reasons in general words ("a recent tattoo: you can give blood from …") and
the advice ("eat a snack and drink water before the interview").

A sensitive rule is never named to the donor: its reason is left out, and the
pack may not give it donor words at all (`kiosk rules check`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.domain.eligibility.model import Assessment, Outcome, say

if TYPE_CHECKING:
    from kiosk.domain.eligibility.pack import Pack


def reason_lines(
    pack: Pack,
    assessment: Assessment,
    lang: str,
    sex: str | None = None,
    format_date: Callable[[date, str], str] | None = None,
) -> list[str]:
    """One line per deferring reason the donor may be told, with its own date when
    it has one, in pack order; nothing when a sensitive rule is among the reasons
    (the others would hint at it by what they leave out)."""
    lines: list[str] = []
    if "reason_until" not in pack.texts or "reason" not in pack.texts:
        return lines
    rules = []
    for reason in assessment.details:
        try:
            rule = pack.rule(reason.rule)
        except KeyError:
            continue
        if rule.sensitive:
            return []
        rules.append((rule, reason))
    for rule, reason in rules:
        if rule.reason is None or reason.outcome is not Outcome.DEFERRED:
            continue
        words = say(rule.reason, lang, sex)
        if reason.until is not None:
            day = format_date(reason.until, lang) if format_date else reason.until.isoformat()
            lines.append(say(pack.texts["reason_until"], lang, sex).format(reason=words, date=day))
        else:
            lines.append(say(pack.texts["reason"], lang, sex).format(reason=words))
    return lines


def advice_lines(pack: Pack, assessment: Assessment, lang: str, sex: str | None = None) -> list[str]:
    """The advice the answers call for, in pack order."""
    lines = []
    for rule_id in assessment.advice:
        try:
            advice = pack.rule(rule_id).advice
        except KeyError:
            continue
        if advice is not None:
            lines.append(say(advice, lang, sex))
    return lines
