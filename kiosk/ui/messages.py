"""Error and refusal codes (from validation, registration and the queue) as
sentences in the donor's language.

The domain raises stable codes (`cin.format`, `already_queued`, …) and never a
sentence; this table is the one place that turns them into words. Sources are
marked with QT_TRANSLATE_NOOP so that pyside6-lupdate collects them; they are
looked up at call time, so a language switch changes every message shown next.
Sentences guide rather than blame: a donor who is still typing a phone number
reads how a phone number looks, not that they made a mistake. Messages shown
next to a field stay within two short lines (the form must fit above the
keyboard).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from kiosk.ui.widgets import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "Messages"

_SOURCES: dict[str, str] = {
    # Names
    "name.empty": QT_TRANSLATE_NOOP("Messages", "Please write this name."),
    "name.characters": QT_TRANSLATE_NOOP("Messages", "Letters only, please."),
    "name.too_short": QT_TRANSLATE_NOOP("Messages", "At least two letters, please."),
    "name.too_long": QT_TRANSLATE_NOOP("Messages", "60 letters at most, please."),
    "name.mixed_scripts": QT_TRANSLATE_NOOP("Messages", "One alphabet only in this field."),
    "name.not_arabic": QT_TRANSLATE_NOOP("Messages", "Please use Arabic letters here."),
    "name.not_latin": QT_TRANSLATE_NOOP("Messages", "Please use Latin letters here."),
    # Identity card
    "cin.empty": QT_TRANSLATE_NOOP("Messages", "Please write your card number."),
    "cin.format": QT_TRANSLATE_NOOP("Messages", "1 or 2 letters, then digits: AB123456."),
    "cin.taken": QT_TRANSLATE_NOOP("Messages", "Already registered: choose “I gave before”."),
    # Phone
    "phone.empty": QT_TRANSLATE_NOOP("Messages", "Please write your phone number."),
    "phone.invalid": QT_TRANSLATE_NOOP("Messages", "10 digits, for example 0612345678."),
    "phone.not_moroccan": QT_TRANSLATE_NOOP("Messages", "A Moroccan number, please."),
    # Sex, birth date, blood group, city
    "sex.empty": QT_TRANSLATE_NOOP("Messages", "Please choose one."),
    "sex.invalid": QT_TRANSLATE_NOOP("Messages", "Please choose one."),
    "birth_date.empty": QT_TRANSLATE_NOOP("Messages", "Please choose day, month and year."),
    "birth_date.future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "birth_date.implausible": QT_TRANSLATE_NOOP("Messages", "Please check the year."),
    "date.format": QT_TRANSLATE_NOOP("Messages", "Please choose a date."),
    "blood_group.invalid": QT_TRANSLATE_NOOP("Messages", "Please choose a group, or “I don't know”."),
    "city.too_long": QT_TRANSLATE_NOOP("Messages", "80 letters at most, please."),
    # Identification at the kiosk
    "card.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This card was not recognised. Please try again, or use your identity card number."
    ),
    # Visits
    "already_queued": QT_TRANSLATE_NOOP(
        "Messages", "You already have a ticket today: number %1. Please wait to be called."
    ),
    "campaign.closed": QT_TRANSLATE_NOOP("Messages", "Registration is closed today. Thank you for coming."),
    "donor.deferred": QT_TRANSLATE_NOOP("Messages", "Please talk with a nurse before giving blood today."),
    # The kiosk itself
    "print.failed": QT_TRANSLATE_NOOP(
        "Messages", "The printer is not working. Please show this number to a nurse: your ticket is saved."
    ),
    "storage.failed": QT_TRANSLATE_NOOP(
        "Messages", "Something went wrong and nothing was saved. Please call a staff member."
    ),
    "pin.unavailable": QT_TRANSLATE_NOOP("Messages", "No staff member is registered on this kiosk."),
    # Staff sign-in (kiosk.storage.staff)
    "staff.wrong_pin": QT_TRANSLATE_NOOP("Messages", "Wrong PIN."),
    "staff.unknown": QT_TRANSLATE_NOOP("Messages", "This staff member can no longer sign in."),
    "staff.locked": QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs. Please wait a minute."),
}

_FALLBACK = QT_TRANSLATE_NOOP("Messages", "Please check this field.")


def known(code: str) -> bool:
    return code in _SOURCES


def message(code: str, *values: object) -> str:
    """The sentence for `code` in the current language; `%1`, `%2`… filled
    with `values` after translation. An unknown code gets a neutral sentence
    (and a log line), never the code itself."""
    source = _SOURCES.get(code)
    if source is None:
        log.warning("no message for code %r", code)
        source = _FALLBACK
    text = QCoreApplication.translate(CONTEXT, source)
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", str(value))
    return text
