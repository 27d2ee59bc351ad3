"""A visit's life in the queue: its states and what may follow what; the nurse's
measurements and decisions, checked before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.coded_error import CodedError

WAITING, CALLED, INTERVIEW, DONATED, DEFERRED, LEFT = (
    "waiting",
    "called",
    "interview",
    "donated",
    "deferred",
    "left",
)
OPEN_STATES = (WAITING, CALLED, INTERVIEW)
# What a ticket's QR holds before the visit's opaque token: the nurse station scans it.
VISIT_QR_PREFIX = "QV:"


class VisitRefused(CodedError):
    """An operation on a visit that the rules do not allow; `code` for the screens
    (kiosk.errors has its messages)."""


def ticket_label(ticket: int) -> str:
    """`042`: three digits, as called out and shown on the board."""
    return f"{ticket:03d}"


# -- deferrals -------------------------------------------------------------------
REASON_MAX = 64  # the length of a deferral's stored reason (`deferral.reason`)


def prescreen_reason(reasons: list[str], outcome: str) -> str:
    """The reason of a deferral the kiosk's pre-screen wrote: the rule ids that
    triggered, as many whole ones as the record holds (the full list stays on the
    questionnaire response), or the outcome when there is none."""
    kept: list[str] = []
    for reason in reasons:
        if len(",".join([*kept, reason])) > REASON_MAX:
            break
        kept.append(reason)
    return ",".join(kept) or outcome


def refuse_if_deferred(day: date, until: date | None, permanent: bool) -> None:
    """A donor whose deferral still holds on `day` cannot start a new visit.

    `until` is the first day they may give again; no date (and not permanent)
    means "until staff say otherwise". Raises `VisitRefused("donor.deferred",
    until=…, permanent=…)`.
    """
    if permanent or until is None or day < until:
        raise VisitRefused("donor.deferred", until=until, permanent=permanent)


def deferral_until(day: date, until: date | None, permanent: bool) -> date | None:
    """Check a nurse's deferral: a permanent one has no date; a temporary one
    ends after the visit's day (`deferral.permanent_with_date`, `deferral.date_required`,
    `deferral.date_past`)."""
    if permanent:
        if until is not None:
            raise VisitRefused("deferral.permanent_with_date")
        return None
    if until is None:
        raise VisitRefused("deferral.date_required")
    if until <= day:
        raise VisitRefused("deferral.date_past")
    return until


# -- donations ---------------------------------------------------------------------
WHOLE_BLOOD, PLASMA, PLATELETS = "whole_blood", "plasma", "platelets"
DONATION_KINDS = (WHOLE_BLOOD, PLASMA, PLATELETS)
VOLUME_ML = range(50, 901)  # a stopped bag still counts; apheresis plasma goes to ~880 ml


def donation_volume(kind: str, volume_ml: int) -> int:
    if kind not in DONATION_KINDS:
        raise VisitRefused("donation.kind")
    if isinstance(volume_ml, bool) or not isinstance(volume_ml, int) or volume_ml not in VOLUME_ML:
        raise VisitRefused("donation.volume", min=VOLUME_ML.start, max=VOLUME_ML.stop - 1)
    return volume_ml


# -- vitals -----------------------------------------------------------------------
# What a human body can show; outside this a value is a typing slip, not a deferral.
PLAUSIBLE = {
    "weight": (30.0, 250.0),
    "haemoglobin": (3.0, 25.0),
    "systolic": (50.0, 300.0),
    "diastolic": (30.0, 200.0),
    "pulse": (20.0, 250.0),
    "temperature": (30.0, 44.0),
}
# Without these a donation is not recorded; the others are checked when they were taken.
REQUIRED_VITALS = ("weight", "haemoglobin", "systolic", "diastolic")


@dataclass(frozen=True)
class Vitals:
    """What the nurse measures before a donation (kg, g/dL, mmHg, beats per minute, °C)."""

    weight_kg: float | None = None
    haemoglobin_g_dl: float | None = None
    systolic: int | None = None
    diastolic: int | None = None
    pulse: int | None = None
    temperature_c: float | None = None

    def measured(self) -> dict[str, float | None]:
        """Keyed by the rule pack's vital ids."""
        return {
            "weight": self.weight_kg,
            "haemoglobin": self.haemoglobin_g_dl,
            "systolic": self.systolic,
            "diastolic": self.diastolic,
            "pulse": self.pulse,
            "temperature": self.temperature_c,
        }

    def missing(self) -> tuple[str, ...]:
        """The measurements a donation needs that were not taken."""
        measured = self.measured()
        return tuple(key for key in REQUIRED_VITALS if measured[key] is None)


def check_plausible(vitals: Vitals) -> None:
    """`VisitRefused("vitals.implausible", vital=…)` for a value no one can have."""
    for key, value in vitals.measured().items():
        low, high = PLAUSIBLE[key]
        if value is not None and not low <= value <= high:
            raise VisitRefused("vitals.implausible", vital=key)
    if vitals.systolic is not None and vitals.diastolic is not None and vitals.diastolic >= vitals.systolic:
        raise VisitRefused("vitals.implausible", vital="diastolic")
