"""Refusal codes of the queue, the decisions and the sign-in as sentences for staff.

The storage and domain layers raise `VisitRefused(code, **detail)`; this table
turns a code into words in the station's language, with `%1`, `%2`… filled
from the refusal's detail after translation. Donor-facing codes live in
kiosk.ui.messages; these are written for nurses and doctors.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.domain.visits import VisitRefused, ticket_label
from kiosk.ui.widgets import QT_TRANSLATE_N_NOOP, ltr

log = logging.getLogger(__name__)

CONTEXT = "NurseMessages"

# code -> (English source, detail keys filling %1, %2…); a sentence with a
# count (%n, QT_TRANSLATE_N_NOOP) takes its plural form from the first key.
_SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Sign-in
    "staff.wrong_pin": (
        QT_TRANSLATE_NOOP("NurseMessages", "Wrong PIN. %1 attempts left before the station locks."),
        ("attempts_left",),
    ),
    "staff.locked": (
        QT_TRANSLATE_N_NOOP("NurseMessages", "Too many wrong PINs. The station is locked for %n s.", None, 60),
        ("seconds",),
    ),
    "staff.unknown": (QT_TRANSLATE_NOOP("NurseMessages", "This staff member cannot sign in any more."), ()),
    "staff.pin_format": (QT_TRANSLATE_NOOP("NurseMessages", "A PIN has 4 to 8 digits."), ()),
    "staff.forbidden": (QT_TRANSLATE_NOOP("NurseMessages", "Only a nurse or a doctor may do this."), ()),
    "staff.choose": (QT_TRANSLATE_NOOP("NurseMessages", "Choose your name first."), ()),
    # Queue
    "queue.empty": (QT_TRANSLATE_NOOP("NurseMessages", "Nobody is waiting."), ()),
    "visit.unknown": (QT_TRANSLATE_NOOP("NurseMessages", "This visit no longer exists."), ()),
    "visit.not_waiting": (QT_TRANSLATE_NOOP("NurseMessages", "This donor is no longer waiting."), ()),
    "visit.not_called": (QT_TRANSLATE_NOOP("NurseMessages", "This donor has not been called."), ()),
    "visit.call_limit": (
        QT_TRANSLATE_N_NOOP("NurseMessages", "Already called %n time(s): mark the donor as absent instead.", None, 3),
        ("calls",),
    ),
    "visit.not_at_booth": (
        QT_TRANSLATE_NOOP("NurseMessages", "Only a donor called to a booth can be transferred."),
        (),
    ),
    "visit.not_open": (QT_TRANSLATE_NOOP("NurseMessages", "This visit is already closed."), ()),
    "visit.not_left": (QT_TRANSLATE_NOOP("NurseMessages", "This donor has not left the queue."), ()),
    "visit.not_in_interview": (QT_TRANSLATE_NOOP("NurseMessages", "Start the interview first."), ()),
    "visit.already_recorded": (
        QT_TRANSLATE_NOOP("NurseMessages", "A decision is already recorded for this visit."),
        (),
    ),
    "visit.not_asking": (QT_TRANSLATE_NOOP("NurseMessages", "This donor did not ask for a staff member."), ()),
    "visit.no_prescreen": (QT_TRANSLATE_NOOP("NurseMessages", "This visit has no pre-screen."), ()),
    "reaction.not_now": (
        QT_TRANSLATE_NOOP("NurseMessages", "A reaction is recorded at the booth or after the donation."),
        (),
    ),
    "reaction.kind": (QT_TRANSLATE_NOOP("NurseMessages", "Choose the kind of reaction."), ()),
    "reaction.phase": (QT_TRANSLATE_NOOP("NurseMessages", "Choose during or after the donation."), ()),
    "reaction.action": (QT_TRANSLATE_NOOP("NurseMessages", "Choose what was done from the list."), ()),
    "reaction.time": (
        QT_TRANSLATE_NOOP("NurseMessages", "Check the time: a reaction is recorded the same day, not in the future."),
        (),
    ),
    "booth.invalid": (QT_TRANSLATE_NOOP("NurseMessages", "Choose a booth number from 1."), ()),
    "booth.same": (QT_TRANSLATE_NOOP("NurseMessages", "The donor is already at booth %1."), ("booth",)),
    "already_queued": (QT_TRANSLATE_NOOP("NurseMessages", "This donor already has ticket %1 today."), ("ticket",)),
    "donor.deferred": (QT_TRANSLATE_NOOP("NurseMessages", "A deferral on this donor's record still holds."), ()),
    "campaign.closed": (QT_TRANSLATE_NOOP("NurseMessages", "The campaign is not open today."), ()),
    "campaign.none": (QT_TRANSLATE_NOOP("NurseMessages", "No campaign is in use on this database."), ()),
    "find.none": (QT_TRANSLATE_NOOP("NurseMessages", "No visit today for \u201c%1\u201d."), ("text",)),
    # Vitals
    "vitals.number": (QT_TRANSLATE_NOOP("NurseMessages", "Type numbers only, for example 12.5."), ()),
    "vitals.implausible": (
        QT_TRANSLATE_NOOP("NurseMessages", "Please check the values: one of them cannot be right."),
        (),
    ),
    "vitals.empty": (QT_TRANSLATE_NOOP("NurseMessages", "Type at least one measurement."), ()),
    "vitals.missing": (QT_TRANSLATE_NOOP("NurseMessages", "Record the vitals before the donation."), ()),
    "vitals.incomplete": (
        QT_TRANSLATE_NOOP("NurseMessages", "Weight, haemoglobin and blood pressure are all needed before a donation."),
        (),
    ),
    "vitals.out_of_range": (
        QT_TRANSLATE_NOOP("NurseMessages", "A measurement is outside the thresholds: a donation cannot be recorded."),
        (),
    ),
    # Donation
    "donation.kind": (QT_TRANSLATE_NOOP("NurseMessages", "Choose the kind of donation."), ()),
    "donation.volume": (QT_TRANSLATE_NOOP("NurseMessages", "The volume must be between %1 and %2 ml."), ("min", "max")),
    "bag.empty": (QT_TRANSLATE_NOOP("NurseMessages", "Scan or type the bag number."), ()),
    "bag.check_mismatch": (
        QT_TRANSLATE_NOOP("NurseMessages", "The check character does not match: scan the bag label again."),
        (),
    ),
    "bag.invalid": (QT_TRANSLATE_NOOP("NurseMessages", "This is not a bag number."), ()),
    "bag.used": (QT_TRANSLATE_NOOP("NurseMessages", "Bag %1 is already recorded for another donation."), ("bag",)),
    # Deferral and override
    "deferral.reason": (QT_TRANSLATE_NOOP("NurseMessages", "Give a reason (64 characters at most)."), ()),
    "deferral.permanent_with_date": (QT_TRANSLATE_NOOP("NurseMessages", "A permanent deferral has no end date."), ()),
    "deferral.date_required": (
        QT_TRANSLATE_NOOP("NurseMessages", "Choose the date from which the donor may give again."),
        (),
    ),
    "deferral.date_past": (QT_TRANSLATE_NOOP("NurseMessages", "The date must be after today."), ()),
    "override.outcome": (QT_TRANSLATE_NOOP("NurseMessages", "Choose the new outcome."), ()),
    "override.reason": (QT_TRANSLATE_NOOP("NurseMessages", "Write why the pre-screen outcome changes."), ()),
    "override.same": (QT_TRANSLATE_NOOP("NurseMessages", "The pre-screen outcome is already this one."), ()),
    # The station
    "storage.failed": (
        QT_TRANSLATE_NOOP("NurseMessages", "The database did not answer; nothing was changed. Try again."),
        (),
    ),
    "print.failed": (
        QT_TRANSLATE_NOOP("NurseMessages", "The document could not be printed; it is kept for a retry."),
        (),
    ),
    "print.no_donation": (QT_TRANSLATE_NOOP("NurseMessages", "A certificate needs a recorded donation."), ()),
    "print.no_ticket": (QT_TRANSLATE_NOOP("NurseMessages", "This visit has no ticket to print."), ()),
    "print.kind": (QT_TRANSLATE_NOOP("NurseMessages", "This document cannot be printed here."), ()),
    "donor.unknown": (QT_TRANSLATE_NOOP("NurseMessages", "This donor no longer exists."), ()),
}

_FALLBACK = QT_TRANSLATE_NOOP("NurseMessages", "This action was refused.")


def known(code: str) -> bool:
    return code in _SOURCES


def _value(key: str, value: object) -> str:
    """A ticket as it is called out (`042`) and a bag number, kept left to right in an Arabic sentence."""
    if key == "ticket" and isinstance(value, int):
        return ltr(ticket_label(value))
    if key == "bag" and value:
        return ltr(value)
    return str(value)


def message(translate: Callable[..., str], code: str, **detail: object) -> str:
    """The sentence for `code` through `translate(context, source)`; an unknown
    code gets a neutral sentence (and a log line), never the code itself."""
    source, keys = _SOURCES.get(code, (None, ()))
    if source is None:
        log.warning("no nurse station message for code %r", code)
        source = _FALLBACK
    if "%n" in source:
        count, *keys = keys
        text = translate(CONTEXT, source, None, int(detail.get(count) or 0))
    else:
        text = translate(CONTEXT, source)
    for index, key in enumerate(keys, start=1):
        text = text.replace(f"%{index}", _value(key, detail.get(key, "")))
    return text


def refusal(translate: Callable[..., str], error: VisitRefused) -> str:
    return message(translate, error.code, **error.detail)
