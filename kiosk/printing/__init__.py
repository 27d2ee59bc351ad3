"""Printed documents (queue ticket, donor card, donation certificate) as PDF bytes.

Plain Python over reportlab, no Qt: the caller passes frozen data (kiosk.printing.data)
with dates already formatted, and a catalogue of translated labels
(kiosk.i18n.catalog.labels_for). reportlab is imported only when a document is
rendered, so importing this package costs nothing.

    from kiosk.printing import render_ticket
    pdf = render_ticket(data, "ar", labels_for)
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from kiosk.domain.visits import DONATION_KINDS, PLASMA, PLATELETS, WHOLE_BLOOD
from kiosk.i18n.texts import Texts
from kiosk.printing.data import (
    CampaignText,
    CardData,
    Catalog,
    CertificateData,
    Labels,
    TicketData,
)

_RENDERERS = {
    "render_ticket": "kiosk.printing.ticket",
    "render_card": "kiosk.printing.card",
    "render_certificate": "kiosk.printing.certificate",
}

__all__ = [
    "DONATION_KINDS",
    "PLASMA",
    "PLATELETS",
    "WHOLE_BLOOD",
    "CampaignText",
    "CardData",
    "Catalog",
    "CertificateData",
    "Labels",
    "TicketData",
    "Texts",
    *_RENDERERS,
]


def __getattr__(name: str) -> Callable[..., bytes]:
    if name in _RENDERERS:
        renderer: Callable[..., bytes] = getattr(import_module(_RENDERERS[name]), name)
        return renderer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
