"""The end of the flow: the ticket (eligible, or refer with "a member of the
medical team will talk with you") with any advice, the date from which a
deferred donor may come back with the reasons in general words (never a
sensitive one), or a plain message (consent refused, already in the queue,
registration closed). Words follow the donor's gender once it is known.

Shown only from a `Result` that exists after the registration's commit returned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.visits import ticket_label
from kiosk.i18n.dates import long_date
from kiosk.kiosk_flow import Result
from kiosk.ui.kiosk_station.base import Screen, current_language
from kiosk.ui.messages import message
from kiosk.ui.widgets import QT_TRANSLATE_N_NOOP, BloodDrop, isolate, label, ltr, set_mark

translate = QCoreApplication.translate
LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter

ESTIMATED_WAIT = QT_TRANSLATE_N_NOOP("Ticket", "Estimated wait: about %n minute(s)", None, 15)

# Printing states of the ticket screen.
PRINTING, PRINTED, PRINT_FAILED = "printing", "printed", "failed"


def gendered(sex: str | None, neutral: str, feminine: str, masculine: str) -> str:
    """The translated form for the donor's sex (`translate(…, "F")` / `"M"` in the
    catalogues), neutral when it is not known."""
    return {"F": feminine, "M": masculine}.get(sex or "", neutral)


def _notes(lines: list[str]) -> str:
    return "\n".join(f"\u2022 {line}" for line in lines)


def dated(day: date, lang: str) -> str:
    """A date inside a sentence: isolated, and never broken across two lines."""
    return isolate(long_date(day, lang).replace(" ", "\u00a0"))


class TicketScreen(Screen):
    name = "ticket"

    def __init__(
        self,
        pack_text: Callable[[Result, str], str],
        notes: Callable[[Result, str], list[str]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(has_back=False, parent=parent)
        self.pack_text = pack_text
        self.notes = notes
        self.sex: str | None = None
        self.result: Result | None = None
        self.printing = PRINTING
        self.caption = label("caption")
        self.number = label("ticket")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        frame = QFrame()
        frame.setObjectName("ticket_frame")
        box = QVBoxLayout(frame)
        box.setContentsMargins(40, 8, 40, 8)
        box.setSpacing(0)
        box.addWidget(self.caption)
        box.addWidget(self.number)
        self.ahead = label("body", align=LEADING)
        self.wait = label("body", align=LEADING)
        self.nurse = label("notice", align=LEADING)
        self.message = label("hint", align=LEADING)
        self.advice = label("notice", align=LEADING)
        self.print_status = label("print_status")
        # The number beside what it means (not above it): the screen is wider than tall.
        lines = QVBoxLayout()
        lines.setSpacing(14)
        lines.addStretch(1)
        for widget in (self.ahead, self.wait, self.nurse, self.message, self.advice):
            lines.addWidget(widget)
        lines.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addWidget(frame, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(lines, 1)
        self.body.addLayout(row, 1)
        self.body.addWidget(self.print_status)
        self.translate_ui()

    def set_result(self, result: Result | None) -> None:
        self.result = result
        self.printing = PRINTING
        self.translate_ui()

    def set_printing(self, state: str) -> None:
        self.printing = state
        self.translate_ui()

    def set_sex(self, sex: str | None) -> None:
        self.sex = sex
        self.translate_ui()

    def clear(self) -> None:
        self.sex = None
        self.set_result(None)

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        result = self.result
        self.next_button.setText(translate("Ticket", "Finish"))
        self.heading.setText(translate("Ticket", "Your ticket"))
        self.caption.setText(translate("Ticket", "Your number"))
        self.number.setText(ticket_label(result.ticket) if result and result.ticket is not None else "")
        ahead = result.people_ahead if result else 0
        if ahead:
            self.ahead.setText(translate("Ticket", "People ahead of you: %1").replace("%1", ltr(ahead)))
        else:
            self.ahead.setText(
                gendered(
                    self.sex,
                    translate("Ticket", "Nobody is ahead of you: you are next."),
                    translate("Ticket", "Nobody is ahead of you: you are next.", "F"),
                    translate("Ticket", "Nobody is ahead of you: you are next.", "M"),
                )
            )
        minutes = result.wait_minutes if result else None
        if minutes:
            self.wait.setText(translate("Ticket", ESTIMATED_WAIT, None, minutes))
        self.wait.setVisible(bool(minutes))
        refer = bool(result and result.outcome == "refer")
        self.nurse.setText(
            translate("Ticket", "A member of the medical team will talk with you before the donation.") if refer else ""
        )
        self.nurse.setVisible(refer)
        if self.printing == PRINT_FAILED and not refer:
            # The rule pack says "take your ticket": with no paper, the number on screen is the ticket.
            self.message.setText(
                translate(
                    "Ticket",
                    "Thank you for your generosity! Keep the number shown here in mind: "
                    "a member of the medical team will check your answers with you before the donation.",
                )
            )
        else:
            self.message.setText(self.pack_text(result, lang) if result else "")
        advice = self.notes(result, lang) if result and self.notes else []
        self.advice.setText(_notes(advice))
        self.advice.setVisible(bool(advice))
        if self.printing == PRINT_FAILED:
            self.print_status.setText(message("print.failed"))
        elif self.printing == PRINTED:
            self.print_status.setText(translate("Ticket", "Please take your printed ticket."))
        else:
            self.print_status.setText(translate("Ticket", "Printing your ticket…"))
        set_mark(self.print_status, "state", self.printing)


class DeferredScreen(Screen):
    """Deferred: kindly, from when the donor may come back. Never why."""

    name = "deferred"

    def __init__(
        self,
        pack_text: Callable[[Result, str], str],
        notes: Callable[[Result, str], list[str]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(has_back=False, parent=parent)
        self.pack_text = pack_text
        self.notes = notes
        self.sex: str | None = None
        self.result: Result | None = None
        self.text = label("big_message")
        self.reasons = label("body")
        self.thanks = label("body")
        drop_row = QHBoxLayout()
        drop_row.addStretch(1)
        drop_row.addWidget(BloodDrop(70))
        drop_row.addStretch(1)
        self.body.addStretch(1)
        self.body.addLayout(drop_row)
        self.body.addWidget(self.text)
        self.body.addWidget(self.reasons)
        self.body.addWidget(self.thanks)
        self.body.addStretch(2)
        self.translate_ui()

    def set_result(self, result: Result | None) -> None:
        self.result = result
        self.translate_ui()

    def set_sex(self, sex: str | None) -> None:
        self.sex = sex
        self.translate_ui()

    def clear(self) -> None:
        self.sex = None
        self.set_result(None)

    def translate_ui(self) -> None:
        super().translate_ui()
        lang = current_language()
        self.heading.setText(
            gendered(
                self.sex,
                translate("Deferred", "Thank you for coming"),
                translate("Deferred", "Thank you for coming", "F"),
                translate("Deferred", "Thank you for coming", "M"),
            )
        )
        self.next_button.setText(translate("Ticket", "Finish"))
        self.text.setText(self.pack_text(self.result, lang) if self.result else "")
        reasons = self.notes(self.result, lang) if self.result and self.notes else []
        self.reasons.setText(_notes(reasons))
        self.reasons.setVisible(bool(reasons))
        self.thanks.setText(translate("Deferred", "Your will to give blood matters. We hope to see you again."))


class MessageScreen(Screen):
    """A message and "Finish": consent refused, already queued, closed, an error."""

    name = "message"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_back=False, parent=parent)
        self.kind = ""
        self.ticket: int | None = None
        self.sex: str | None = None
        self.text = label("big_message")
        self.body.addStretch(1)
        self.body.addWidget(self.text)
        self.body.addStretch(2)
        self.translate_ui()

    def set_message(self, kind: str, ticket: int | None = None) -> None:
        self.kind, self.ticket = kind, ticket
        self.translate_ui()

    def set_sex(self, sex: str | None) -> None:
        self.sex = sex
        self.translate_ui()

    def clear(self) -> None:
        self.sex = None
        self.set_message("")

    def translate_ui(self) -> None:
        super().translate_ui()
        self.next_button.setText(translate("Ticket", "Finish"))
        kind = self.kind
        if kind == "refused":
            self.heading.setText(translate("Message", "Thank you"))
            self.text.setText(
                translate(
                    "Message",
                    "Without your agreement we cannot register you. A staff member can answer your questions.",
                )
            )
        elif kind == "already_queued":
            self.heading.setText(
                gendered(
                    self.sex,
                    translate("Message", "You are already in the queue"),
                    translate("Message", "You are already in the queue", "F"),
                    translate("Message", "You are already in the queue", "M"),
                )
            )
            self.text.setText(message("already_queued", ticket=self.ticket))
        elif kind == "closed":
            self.heading.setText(translate("Message", "Registration is closed"))
            self.text.setText(message("campaign.closed"))
        elif kind:
            self.heading.setText(translate("Message", "Sorry"))
            self.text.setText(message(kind))
        else:
            self.heading.setText("")
            self.text.setText("")


class SendingScreen(Screen):
    """Between "send" and the result: the check-in is being written (a worker
    thread does it). The result's screen follows once the transaction committed,
    so a ticket number is never shown before it exists in the database."""

    name = "sending"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_back=False, has_next=False, parent=parent)
        self.text = label("big_message")
        self.body.addStretch(1)
        self.body.addWidget(self.text)
        self.body.addStretch(2)
        self.translate_ui()

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("Sending", "Sending your answers…"))
        self.text.setText(translate("Sending", "One moment, please."))
