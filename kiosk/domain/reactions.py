"""Adverse reactions to a donation, as blood services report them.

Kinds follow the ISBT/IHN standard for the surveillance of complications related
to blood donation (2014): vasovagal reactions graded by severity and loss of
consciousness, local injuries from the needle, citrate reactions at apheresis.
What the nurse did is a short list of codes, never free text: a report counts
them and nothing personal can slip into one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.domain.visits import VisitRefused

VASOVAGAL_MILD = "vasovagal_mild"
VASOVAGAL_SEVERE = "vasovagal_severe"
VASOVAGAL_SEVERE_LOC = "vasovagal_severe_loc"  # with loss of consciousness
HAEMATOMA = "haematoma"
ARTERIAL_PUNCTURE = "arterial_puncture"
CITRATE = "citrate"
OTHER = "other"
KINDS = (VASOVAGAL_MILD, VASOVAGAL_SEVERE, VASOVAGAL_SEVERE_LOC, HAEMATOMA, ARTERIAL_PUNCTURE, CITRATE, OTHER)
# Reactions that flag the donor's next check-in: staff take extra care (position, fluids, time).
SEVERE = frozenset({VASOVAGAL_SEVERE, VASOVAGAL_SEVERE_LOC})

DURING, AFTER = "during", "after"
PHASES = (DURING, AFTER)

ACTIONS = (
    "observation",
    "legs_raised",
    "fluids",
    "cold_compress",
    "pressure",
    "donation_stopped",
    "doctor_called",
    "hospital_transfer",
)

# A reaction is recorded at the booth, the same day; a time far from now is a slip of the finger.
LATEST_AFTER_NOW = timedelta(minutes=5)
EARLIEST_BEFORE_NOW = timedelta(hours=12)


def check(kind: str, phase: str, actions: list[str], occurred_at: datetime, now: datetime) -> tuple[str, ...]:
    """The reaction as it will be stored (actions de-duplicated, in the list's order),
    or `VisitRefused` with `reaction.kind`, `reaction.phase`, `reaction.action` or `reaction.time`."""
    if kind not in KINDS:
        raise VisitRefused("reaction.kind", kind=kind)
    if phase not in PHASES:
        raise VisitRefused("reaction.phase", phase=phase)
    unknown = [a for a in actions if a not in ACTIONS]
    if unknown:
        raise VisitRefused("reaction.action", action=unknown[0])
    if not (now - EARLIEST_BEFORE_NOW <= occurred_at <= now + LATEST_AFTER_NOW):
        raise VisitRefused("reaction.time")
    return tuple(a for a in ACTIONS if a in actions)


def is_severe(kind: str) -> bool:
    return kind in SEVERE
