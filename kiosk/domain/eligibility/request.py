"""The JSON form of an assessment request (`kiosk assess`), checked field by field.

    {"date": "2025-12-02",
     "donor": {"sex": "F", "birth_date": "1990-05-01", "weight_kg": 55, "first_time": false},
     "history": [{"date": "2025-06-01", "kind": "whole_blood"}],
     "answers": {"dental_care": "2025-10-10", "hepatitis": false}}

`history`, `answers`, `weight_kg` and `first_time` may be left out (`first_time`
then follows the history). Every refusal is an InputError naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.domain.eligibility.engine import InputError
from kiosk.domain.eligibility.model import Answer, AnswerKind, Donation, DonorProfile, RuleType, Sex
from kiosk.domain.eligibility.pack import Pack

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TOP = {"date", "donor", "history", "answers"}
_DONOR = {"sex", "birth_date", "weight_kg", "first_time"}
_DONATION = {"date", "kind"}


@dataclass(frozen=True)
class Request:
    today: date
    donor: DonorProfile
    history: tuple[Donation, ...] = ()
    answers: Mapping[str, Answer] = field(default_factory=dict)


def parse_request(pack: Pack, data: Any) -> Request:
    """Check a decoded JSON request against `pack`; InputError names the first bad field."""
    _object(data, "request")
    _no_unknown(data, _TOP, "")
    if "date" not in data:
        raise InputError("input.missing", field="date")
    today = _date(data["date"], "date")
    history = _history(pack, data.get("history", []), today)
    donor = _donor(data.get("donor"), today, history)
    answers = _answers(pack, data.get("answers", {}), today)
    return Request(today, donor, history, answers)


def _object(value: Any, name: str) -> None:
    if not isinstance(value, dict):
        raise InputError("input.object", field=name, value=_show(value))


def _no_unknown(table: dict[str, Any], allowed: set[str], prefix: str) -> None:
    for key in table:
        if key not in allowed:
            raise InputError("input.unknown_field", field=f"{prefix}{key}", expected=", ".join(sorted(allowed)))


def _date(value: Any, name: str, today: date | None = None) -> date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise InputError("input.date_format", field=name, value=_show(value))
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError("input.date_unreal", field=name, value=value) from None
    if today is not None and day > today:
        raise InputError("input.date_after", field=name, value=value, today=today.isoformat())
    return day


def _donor(value: Any, today: date, history: tuple[Donation, ...]) -> DonorProfile:
    if value is None:
        raise InputError("input.missing", field="donor")
    _object(value, "donor")
    _no_unknown(value, _DONOR, "donor.")
    sex = value.get("sex")
    if sex not in ("F", "M"):
        raise InputError("input.sex", field="donor.sex", value=_show(sex))
    if "birth_date" not in value:
        raise InputError("input.missing", field="donor.birth_date")
    birth = _date(value["birth_date"], "donor.birth_date", today)
    weight = value.get("weight_kg")
    if weight is not None and (isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight < 500):
        raise InputError("input.weight", field="donor.weight_kg", value=_show(weight))
    first_time = value.get("first_time", not history)
    if not isinstance(first_time, bool):
        raise InputError("input.bool", field="donor.first_time", value=_show(first_time))
    return DonorProfile(Sex(sex), birth, weight, first_time)


def _history(pack: Pack, value: Any, today: date) -> tuple[Donation, ...]:
    if not isinstance(value, list):
        raise InputError("input.list", field="history", value=_show(value))
    kinds = donation_kinds(pack)
    out = []
    for i, item in enumerate(value):
        name = f"history[{i}]"
        _object(item, name)
        _no_unknown(item, _DONATION, f"{name}.")
        if "date" not in item:
            raise InputError("input.missing", field=f"{name}.date")
        day = _date(item["date"], f"{name}.date", today)
        kind = item.get("kind", "whole_blood")
        if kind not in kinds:
            raise InputError("input.kind", field=f"{name}.kind", value=_show(kind), known=", ".join(sorted(kinds)))
        out.append(Donation(day, kind))
    return tuple(out)


def _answers(pack: Pack, value: Any, today: date) -> dict[str, Answer]:
    if not isinstance(value, dict):
        raise InputError("input.object", field="answers", value=_show(value))
    asked: Mapping[str, AnswerKind] = pack._plan.asked
    out: dict[str, Answer] = {}
    for key, answer in value.items():
        name = f"answers.{key}"
        kind = asked.get(key)
        if kind is None:
            if key in pack._by_id:
                raise InputError("input.from_profile", field=name)
            raise InputError("input.no_question", field=name, pack=pack.ref)
        if answer is None:
            out[key] = None
        elif kind is AnswerKind.YES_NO:
            if not isinstance(answer, bool):
                raise InputError("input.bool", field=name, value=_show(answer))
            out[key] = answer
        elif kind is AnswerKind.DATE:
            out[key] = _date(answer, name, today)
        else:
            if isinstance(answer, bool) or not isinstance(answer, int | float):
                raise InputError("input.number", field=name, value=_show(answer))
            out[key] = answer
    return out


def donation_kinds(pack: Pack) -> frozenset[str]:
    """The donation kinds a pack's history rules know (at least whole blood)."""
    kinds = {"whole_blood"}
    for rule in pack.rules:
        if rule.type in (RuleType.INTERVAL, RuleType.YEARLY_LIMIT):
            kinds.update(rule.params["kinds"])
        elif rule.type is RuleType.DONATION:
            kinds.add(rule.params["kind"])
    return frozenset(kinds)


def _show(value: Any) -> str:
    import json

    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)
