"""A donor's "call a staff member" at a kiosk, as pure rules.

A call is `called` until a nurse says "on my way" (`coming`), and it is
`ended` when the donor's session at that kiosk ends: they finished, the kiosk
went back to its welcome screen, or the kiosk started again. Only a `called`
call is an alert on the nurse screens; the kiosk tells the donor which of the
two open states theirs is in. `kiosk.storage.staff_calls` applies these steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.visits import VisitRefused, ticket_label

CALLED, COMING, ENDED = "called", "coming", "ended"
OPEN_STATES = (CALLED, COMING)


def answer(state: str) -> str:
    """A nurse pressed "on my way": refused once someone answered or the donor left."""
    if state == COMING:
        raise VisitRefused("staff_call.answered")
    if state != CALLED:
        raise VisitRefused("staff_call.ended")
    return COMING


@dataclass(frozen=True)
class KioskCall:
    """An alert on the nurse screens: which kiosk (its station name), since when,
    and the donor's ticket when they already have one."""

    call_id: int
    station: str
    called_at: datetime
    ticket: int | None = None

    @property
    def ticket_label(self) -> str | None:
        return ticket_label(self.ticket) if self.ticket is not None else None
