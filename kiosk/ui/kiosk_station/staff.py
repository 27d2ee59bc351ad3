"""Leaving kiosk mode: a staff member picks their name and types their PIN.

The check is the nurse station's sign-in (kiosk.storage.staff): the same
scrypt hashes, the same lockout kept in the database (per staff member and
per kiosk, growing with each lock), the same audit trail. It blocks for about
0.1 s (scrypt): the PIN panel runs it off the GUI thread (kiosk.ui.pin_check).
"""

from __future__ import annotations

import logging
import math
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.app import App
from kiosk.domain.staff import STATION_SCOPE
from kiosk.domain.visits import VisitRefused
from kiosk.ui.messages import message
from kiosk.ui.pin_check import lock_seconds
from kiosk.ui.widgets import QT_TRANSLATE_N_NOOP

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

KIOSK_LOCKED = QT_TRANSLATE_NOOP("StaffGate", "Too many wrong PINs on this kiosk. Try again in %1.")
NAME_LOCKED = QT_TRANSLATE_NOOP("StaffGate", "Too many wrong PINs for this name. Try again in %1.")
SECONDS = QT_TRANSLATE_N_NOOP("StaffGate", "%n second(s)", None, 30)
MINUTES = QT_TRANSLATE_N_NOOP("StaffGate", "%n minute(s)", None, 5)


def refusal_text(refused: VisitRefused) -> str:
    """What the PIN panel says about a refused sign-in (a lock says for how long)."""
    if refused.code != "staff.locked":
        return message(refused.code)
    seconds = lock_seconds(refused)
    if seconds < 60:
        duration = translate("StaffGate", SECONDS, None, seconds)
    else:
        duration = translate("StaffGate", MINUTES, None, math.ceil(seconds / 60))
    source = str(KIOSK_LOCKED if refused.detail.get("scope") == STATION_SCOPE else NAME_LOCKED)
    return translate("StaffGate", source).replace("%1", duration)


class StaffGate:
    """Names to choose from, and the PIN check with its lockout."""

    def __init__(self, app: App):
        self.app = app

    def names(self) -> list[tuple[int, str]]:
        from kiosk.storage import staff

        with self.app.db.read() as session:
            return [(info.id, info.name) for info in staff.list_staff(session)]

    def check(self, staff_id: int, pin: str, now: datetime | None = None) -> VisitRefused | None:
        """None when the PIN is right, else the refusal (`refusal_text` says it).
        Blocking: call it off the GUI thread."""
        from sqlalchemy.exc import SQLAlchemyError

        from kiosk.storage import staff

        try:
            staff.sign_in(self.app.db, self.app.station, staff_id, pin, now or self.app.now())
        except VisitRefused as refused:
            return refused
        except SQLAlchemyError as error:
            log.warning("the staff PIN could not be checked: %s", error)
            return VisitRefused("storage.failed")
        return None
