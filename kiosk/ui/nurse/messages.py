"""Refusal codes of the queue, the decisions and the sign-in as sentences for staff.

The storage and domain layers raise `VisitRefused(code, **detail)`; the words
are in the one registry (kiosk.errors), in the station's own language (its
`Words`, which may differ from the kiosk's on a shared machine). A ticket reads
as it is called out and stays left to right inside an Arabic sentence.
"""

from __future__ import annotations

from kiosk import errors


def known(code: str) -> bool:
    return errors.Audience.STAFF in errors.registry().get(code, {})


def message(lang: str, code: str, **detail: object) -> str:
    """The staff sentence for `code` in `lang`; an unknown code gets a neutral sentence."""
    return errors.format_message(code, lang, errors.Audience.STAFF, detail)


def refusal(lang: str, error: errors.CodedError) -> str:
    return errors.error_message(error, lang, errors.Audience.STAFF)
