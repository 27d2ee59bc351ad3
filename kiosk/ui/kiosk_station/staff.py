"""Leaving kiosk mode: a staff member picks their name and types their PIN.

The check is the nurse station's sign-in (kiosk.storage.staff): the same
scrypt hashes, the same lockout after five wrong PINs, the same audit trail.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.app import App
from kiosk.domain.staff import Lockout
from kiosk.domain.visits import VisitRefused


class StaffGate:
    """Names to choose from, and the PIN check with its lockout (one per kiosk)."""

    def __init__(self, app: App):
        self.app = app
        self.lockout = Lockout()

    def names(self) -> list[tuple[int, str]]:
        from kiosk.storage import staff

        with self.app.db.read() as session:
            return [(info.id, info.name) for info in staff.list_staff(session)]

    def check(self, staff_id: int, pin: str, now: datetime | None = None) -> str | None:
        """None when the PIN is right, else a code for kiosk.ui.messages."""
        from kiosk.storage import staff

        try:
            staff.sign_in(self.app.db, self.app.station, staff_id, pin, self.lockout, now or self.app.now())
        except VisitRefused as refused:
            return refused.code
        return None
