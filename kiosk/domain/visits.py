"""A visit's life in the queue: its states and what may follow what."""

from __future__ import annotations

WAITING, CALLED, INTERVIEW, DONATED, DEFERRED, LEFT = (
    "waiting", "called", "interview", "donated", "deferred", "left",
)
OPEN_STATES = (WAITING, CALLED, INTERVIEW)
CLOSED_STATES = (DONATED, DEFERRED, LEFT)


class VisitRefused(Exception):
    """An operation on a visit that the rules do not allow; `code` for the screens."""

    def __init__(self, code: str, **detail):
        super().__init__(code)
        self.code = code
        self.detail = detail


def ticket_label(ticket: int) -> str:
    """`042`: three digits, as called out and shown on the board."""
    return f"{ticket:03d}"
