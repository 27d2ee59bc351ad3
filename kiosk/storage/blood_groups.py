"""A donor's blood group as a laboratory confirmed it, kept apart from the group
the donor declared at the kiosk.

A declared group is what a donor remembers; only a confirmed one goes on the
donor card. Staff enter it at the nurse station (the result of a lab test or the
centre's register); the change is audited like every clinical act.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.domain import staff as perms
from kiosk.domain.staff import Actor
from kiosk.domain.validation import blood_group
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit
from kiosk.storage.models import Donor

NURSE, REGISTER = "nurse", "register"
SOURCES = (NURSE, REGISTER)
CONFIRM = "donor.blood_group"  # audit action: [group, source]


@dataclass(frozen=True)
class BloodGroup:
    """What staff screens show: the group and whether a laboratory confirmed it."""

    group: str | None
    confirmed: bool

    @classmethod
    def of(cls, donor: Donor) -> BloodGroup:
        if donor.blood_group_confirmed:
            return cls(donor.blood_group_confirmed, True)
        return cls(donor.blood_group or None, False)


def confirm(session: Session, donor_id: int, group: str, *, source: str, actor: Actor, now: datetime) -> BloodGroup:
    """Record the laboratory's group for a donor (in the caller's transaction).
    VisitRefused: "staff.forbidden", "donor.unknown", "blood_group.invalid"."""
    actor.require(perms.VITALS)
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}, not {source!r}")
    from kiosk.domain.validation import Invalid

    try:
        value = blood_group(group)
    except Invalid:
        raise VisitRefused("blood_group.invalid") from None
    donor = session.get(Donor, donor_id)
    if donor is None:
        raise VisitRefused("donor.unknown", donor_id=donor_id)
    donor.blood_group_confirmed = value
    donor.blood_group_source = source
    donor.blood_group_confirmed_at = now
    audit.record(
        session, actor.station, actor.staff_id, CONFIRM, donor.id, None, {"group": value, "source": source}, at=now
    )
    return BloodGroup.of(donor)
