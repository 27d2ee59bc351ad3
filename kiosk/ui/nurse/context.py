"""What every part of a nurse station window shares: the composition root, the
staff language, the booth, who is signed in, and one way to run a user action.

An action is one transaction (`write` or `read`), opened here and closed when
the work returns; a refusal from the rules becomes a sentence on the status
line, a database failure too (and the log keeps the details). A sentence is
said as a function of the station's language (`Say`), so that the status line
reads it again in the other language when staff switch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.domain.staff import Actor
from kiosk.domain.visits import VisitRefused
from kiosk.ui.nurse.messages import message, refusal
from kiosk.ui.nurse.words import Words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.app import App
    from kiosk.domain.eligibility import Pack

log = logging.getLogger(__name__)

T = TypeVar("T")
Say = Callable[[], str]  # a sentence in the station's language of the moment

IDLE_MINUTES = 5


@dataclass(frozen=True)
class NurseSettings:
    """A station's own settings (command line): its booth and the name the audit log shows."""

    booth: int = 1
    name: str = ""
    idle_minutes: float = IDLE_MINUTES  # signed out after this long without a touch or a key
    local_bags: bool = True  # the centre writes its own bag numbers where it has no ISBT labels

    @property
    def station(self) -> str:
        return self.name or f"nurse-{self.booth}"


class StationContext(QObject):
    """`message(say, is_error)` for the status line (`say`: a `Say`, or a plain str);
    `written()` after a change was committed."""

    message = Signal(object, bool)
    written = Signal()
    actor_changed = Signal()

    def __init__(
        self,
        app: App,
        words: Words,
        settings: NurseSettings,
        campaign_id: int,
        pack: Pack,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.app = app
        self.words = words
        self.settings = settings
        self.campaign_id = campaign_id
        self.pack = pack
        self.actor: Actor | None = None
        from kiosk.ui.storage_watch import StorageWatch

        self.watch = StorageWatch(app, parent=self)  # the window shows its banner

    @property
    def booth(self) -> int:
        return self.settings.booth

    @property
    def station(self) -> str:
        return self.settings.station

    def set_actor(self, actor: Actor | None) -> None:
        self.actor = actor
        self.actor_changed.emit()

    @property
    def signed_in(self) -> Actor:
        """The signed-in staff member; read inside `write`, nobody signed in is refused there."""
        if self.actor is None:
            raise VisitRefused("staff.choose")
        return self.actor

    def may(self, permission: str) -> bool:
        return self.actor is not None and self.actor.may(permission)

    def translate(self, context: str, source: str) -> str:
        return self.words.translate(context, source)

    def reason_text(self, reason: str) -> str:
        """A deferral's stored reason in the station's language: a rule or vital of the
        pack by its explanation, a reason staff wrote by hand as they wrote it."""
        try:
            return self.pack.explain(reason, self.words.lang)
        except KeyError:
            return reason

    def say(self, text: Say | str, error: bool = False) -> None:
        self.message.emit(text, error)

    def refuse(self, code: str, **detail: object) -> None:
        self.say(lambda: message(self.words.lang, code, **detail), True)

    def refused(self, error: VisitRefused) -> None:
        self.say(lambda: refusal(self.words.lang, error), True)

    def write(self, work: Callable[[Session], T]) -> T | None:
        """Run `work` in one write transaction; None (and a message) when refused or failed."""
        from sqlalchemy.exc import SQLAlchemyError

        from kiosk.storage.faults import StorageFault

        try:
            with self.app.db.write() as session:
                result = work(session)
        except VisitRefused as error:
            self.refused(error)
            return None
        except StorageFault as fault:
            self.watch.report(fault)  # the window's banner says what is wrong and what to do
            return None
        except SQLAlchemyError:
            log.exception("nurse station write failed")
            self.refuse("storage.failed")
            return None
        self.watch.succeeded(True)
        self.written.emit()
        return result

    def read(self, work: Callable[[Session], T]) -> T | None:
        from sqlalchemy.exc import SQLAlchemyError

        from kiosk.storage.faults import StorageFault

        try:
            with self.app.db.read() as session:
                result = work(session)
        except StorageFault as fault:
            self.watch.report(fault)  # the window's banner says what is wrong and what to do
            return None
        except SQLAlchemyError:
            log.exception("nurse station read failed")
            self.refuse("storage.failed")
            return None
        self.watch.succeeded(False)
        return result
