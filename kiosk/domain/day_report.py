"""The organiser's account of a campaign day (or of a whole campaign), from plain facts.

Storage gathers one `VisitFacts` per visit and one `ReactionFacts` per adverse
reaction (kiosk.storage.day_report); this module turns them into the figures a
press release quotes and the tables a transfusion centre asks for. It holds
counts only: no name, no identifier, no answer ever reaches a report.

Small numbers: in a table that breaks people down by something personal (sex,
age band, blood group, deferral reason, reaction, pre-screen outcome) a count
from 1 to 4 could point at one person at a small venue, so it is published as
"< 5" (`published`). Totals and per-hour or per-booth counts are shown as they are.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.domain.clock import to_local
from kiosk.domain.reactions import KINDS as REACTION_KINDS

SUPPRESS_BELOW = 5
SUPPRESSED = "< 5"

SEXES = ("F", "M")
AGE_BANDS = ((18, 24), (25, 34), (35, 44), (45, 54), (55, 65))
BLOOD_GROUPS = ("O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-")
PRESCREEN_OUTCOMES = ("eligible", "refer", "deferred", "permanent")

# Every rule and vital sign of a rule pack belongs to one family of reasons; a
# reason typed by hand at the nurse station counts as "other". A test checks
# that each id of the bundled pack has its family.
REASON_FAMILIES: dict[str, str] = {
    **dict.fromkeys(("age", "weight"), "profile"),
    **dict.fromkeys(
        ("interval", "yearly_limit", "donated_elsewhere", "interval_plasma", "interval_platelets"), "recent_donation"
    ),
    **dict.fromkeys(("haemoglobin",), "haemoglobin"),
    **dict.fromkeys(("systolic", "diastolic", "pulse", "temperature"), "vital_signs"),
    **dict.fromkeys(("feels_unwell", "fever", "medication", "meal", "fainting_history"), "health_today"),
    **dict.fromkeys(
        (
            "vaccination",
            "dental_care",
            "hijama",
            "tattoo_piercing",
            "surgery",
            "endoscopy",
            "transfusion_received",
        ),
        "recent_procedure",
    ),
    **dict.fromkeys(("pregnant", "breastfeeding", "childbirth", "miscarriage"), "pregnancy"),
    **dict.fromkeys(("malaria_zone", "malaria_travel"), "travel"),
    **dict.fromkeys(
        ("hiv", "injecting_drugs", "risk_behaviour", "blood_exposure", "sti_treated", "hepatitis"), "infection_risk"
    ),
    **dict.fromkeys(
        ("tuberculosis", "diabetes_treated", "heart_disease", "kidney_disease", "blood_disease", "cancer"),
        "medical_history",
    ),
}
FAMILIES = (
    "profile",
    "recent_donation",
    "haemoglobin",
    "vital_signs",
    "health_today",
    "recent_procedure",
    "pregnancy",
    "travel",
    "infection_risk",
    "medical_history",
    "other",
)


def reason_family(reason: str | None) -> str:
    """The family of a stored deferral reason: its first rule id (the pre-screen
    writes `tattoo_piercing,surgery`), or "other" for a reason typed by hand."""
    first = (reason or "").split(",", 1)[0].strip()
    return REASON_FAMILIES.get(first, "other")


def age_band(birth: date, on: date) -> str:
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for low, high in AGE_BANDS:
        if low <= years <= high:
            return f"{low}-{high}"
    return "other"


def published(count: int) -> str:
    """A count as a report prints it in a table of people: 1 to 4 become "< 5"."""
    return SUPPRESSED if 0 < count < SUPPRESS_BELOW else str(count)


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (the smallest value with at least `share` of them at or below)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass(frozen=True)
class VisitFacts:
    """What the report needs of one visit (times are UTC)."""

    day: date
    sex: str
    birth_date: date
    blood_group: str | None
    blood_group_confirmed: bool
    first_time: bool  # no donation on record before this visit's day
    arrived_at: datetime
    first_called_at: datetime | None
    status: str
    booth: int | None
    prescreen: str | None  # the kiosk's own outcome, before any override
    donation_kind: str | None
    donated_at: datetime | None
    deferral_reason: str | None


@dataclass(frozen=True)
class ReactionFacts:
    kind: str
    sex: str
    occurred_at: datetime


@dataclass(frozen=True)
class Table:
    """Rows of (label key, counts…). `identifying` tables publish small counts as "< 5"."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    identifying: bool = True

    def cell(self, row: str, column: str) -> int:
        counts = dict(self.rows)[row]
        return counts[self.columns.index(column)]

    def shown(self, count: int) -> str:
        return published(count) if self.identifying else str(count)


@dataclass(frozen=True)
class HourFigures:
    hour: int  # local hour of day, 0-23
    arrivals: int
    donations: int
    median_wait: float | None  # minutes, for donors first called in that hour


@dataclass(frozen=True)
class BoothFigures:
    booth: int
    seen: int
    donations: int
    deferrals: int


@dataclass(frozen=True)
class DayReport:
    first_day: date
    last_day: date
    registered: int
    registered_first_time: int
    donations: int
    donations_first_time: int
    target: int
    wait_median: float | None
    wait_p90: float | None
    left_without_donating: int
    still_in_queue: int
    by_group: Table
    by_sex_age: Table
    prescreen: Table
    deferrals: Table
    reactions: Table
    hours: tuple[HourFigures, ...]
    booths: tuple[BoothFigures, ...]
    days: tuple[tuple[date, int, int], ...] = field(default=())  # (day, registered, donations)

    @property
    def share(self) -> float | None:
        """Donations as a share of the target (None without a target)."""
        return self.donations / self.target if self.target else None

    @property
    def deferred(self) -> int:
        """Visits that ended deferred (at the kiosk's pre-screen or at a booth)."""
        return sum(sum(counts) for _family, counts in self.deferrals.rows)


def _wait_minutes(visit: VisitFacts) -> float | None:
    if visit.first_called_at is None:
        return None
    return max(0.0, (visit.first_called_at - visit.arrived_at).total_seconds() / 60)


def _hours(visits: Sequence[VisitFacts]) -> tuple[HourFigures, ...]:
    arrivals = Counter(to_local(v.arrived_at).hour for v in visits)
    donations = Counter(to_local(v.donated_at).hour for v in visits if v.donated_at is not None)
    waits: dict[int, list[float]] = {}
    for v in visits:
        wait = _wait_minutes(v)
        if wait is not None and v.first_called_at is not None:
            waits.setdefault(to_local(v.first_called_at).hour, []).append(wait)
    busy = set(arrivals) | set(donations) | set(waits)
    if not busy:
        return ()
    return tuple(
        HourFigures(
            hour,
            arrivals[hour],
            donations[hour],
            statistics.median(waits[hour]) if hour in waits else None,
        )
        for hour in range(min(busy), max(busy) + 1)
    )


def _booths(visits: Sequence[VisitFacts]) -> tuple[BoothFigures, ...]:
    seen: Counter[int] = Counter()
    donated: Counter[int] = Counter()
    deferred: Counter[int] = Counter()
    for v in visits:
        if v.booth is None or v.first_called_at is None:
            continue
        seen[v.booth] += 1
        if v.donated_at is not None:
            donated[v.booth] += 1
        elif v.status == "deferred":
            deferred[v.booth] += 1
    return tuple(BoothFigures(b, seen[b], donated[b], deferred[b]) for b in sorted(seen))


def build(
    visits: Iterable[VisitFacts],
    reactions: Iterable[ReactionFacts],
    *,
    first_day: date,
    last_day: date,
    daily_target: int,
) -> DayReport:
    """The figures of the period `first_day`..`last_day` (one day, or a campaign's days)."""
    visits = [v for v in visits if first_day <= v.day <= last_day]
    reactions = list(reactions)
    donors = [v for v in visits if v.donated_at is not None]
    waits = [w for w in (_wait_minutes(v) for v in visits) if w is not None]

    group_counts = Counter((v.blood_group or "", v.blood_group_confirmed) for v in donors)
    by_group = Table(
        ("confirmed", "declared"),
        tuple(
            (group, (group_counts[(group, True)], group_counts[(group, False)]))
            for group in (*BLOOD_GROUPS, "")
            if group_counts[(group, True)] or group_counts[(group, False)] or group
        ),
    )
    sex_age = Counter((age_band(v.birth_date, v.day), v.sex) for v in donors)
    bands = [f"{low}-{high}" for low, high in AGE_BANDS]
    if any(band == "other" for band, _sex in sex_age):
        bands.append("other")
    by_sex_age = Table(SEXES, tuple((band, tuple(sex_age[(band, s)] for s in SEXES)) for band in bands))
    outcomes = Counter(v.prescreen for v in visits if v.prescreen)
    prescreen = Table(("count",), tuple((o, (outcomes[o],)) for o in PRESCREEN_OUTCOMES))
    deferred = Counter(
        (reason_family(v.deferral_reason), v.sex) for v in visits if v.status == "deferred" and v.donated_at is None
    )
    deferrals = Table(SEXES, tuple((f, tuple(deferred[(f, s)] for s in SEXES)) for f in FAMILIES))
    reaction_kinds = Counter(r.kind for r in reactions)
    reaction_table = Table(("count",), tuple((k, (reaction_kinds[k],)) for k in REACTION_KINDS))
    per_day: dict[date, list[int]] = {}
    for v in visits:
        counts = per_day.setdefault(v.day, [0, 0])
        counts[0] += 1
        counts[1] += v.donated_at is not None
    day_count = (last_day - first_day).days + 1
    return DayReport(
        first_day=first_day,
        last_day=last_day,
        registered=len(visits),
        registered_first_time=sum(v.first_time for v in visits),
        donations=len(donors),
        donations_first_time=sum(v.first_time for v in donors),
        target=daily_target * day_count,
        wait_median=statistics.median(waits) if waits else None,
        wait_p90=percentile(waits, 0.9),
        left_without_donating=sum(v.status == "left" for v in visits),
        still_in_queue=sum(v.status in ("waiting", "called", "interview") for v in visits),
        by_group=by_group,
        by_sex_age=by_sex_age,
        prescreen=prescreen,
        deferrals=deferrals,
        reactions=reaction_table,
        hours=_hours(visits),
        booths=_booths(visits),
        days=tuple((day, counts[0], counts[1]) for day, counts in sorted(per_day.items())),
    )
