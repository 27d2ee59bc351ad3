"""What each document prints, as plain frozen values.

The caller (the composition root) fills these from storage and formats dates
with `kiosk.i18n.dates` in the document's language: printing needs neither a
database nor Qt. Nothing here is imported with reportlab, so building the data
costs nothing until a document is rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.domain.visits import DONATION_KINDS, ticket_label
from kiosk.i18n.texts import Texts

# `labels(context, english_source) -> translated text`; see kiosk.i18n.catalog.
Labels = Callable[[str, str], str]
# `catalog(lang) -> Labels`, e.g. kiosk.i18n.catalog.labels_for: documents print
# bilingual headings (the document's language and kiosk.i18n.other_language),
# so they need two languages' labels.
Catalog = Callable[[str], Labels]


@dataclass(frozen=True)
class CampaignText:
    """What documents print of a campaign, each text in every language it has."""

    name: Texts
    venue: Texts
    city: Texts
    organisers: tuple[Texts, ...]
    slogan: Texts | None = None
    issuer: Texts | None = None  # who issues cards and certificates (a transfusion centre)

    @classmethod
    def from_spec(cls, spec: Any) -> CampaignText:
        """From a `kiosk.domain.campaigns.CampaignSpec` (or anything shaped like it)."""
        issuer = getattr(spec, "issuer", None)
        return cls(
            name=Texts(spec.name),
            venue=Texts(spec.venue),
            city=Texts(spec.city),
            organisers=tuple(Texts(o) for o in spec.organisers),
            slogan=Texts(spec.slogan) if spec.slogan else None,
            issuer=Texts(issuer) if issuer else None,
        )


@dataclass(frozen=True)
class TicketData:
    """A queue ticket; `date_text`/`time_text` already in the ticket's language."""

    campaign: CampaignText
    number: int
    people_ahead: int
    date_text: str
    time_text: str
    visit_qr: str  # opaque payload the nurse station scans, e.g. "QV:<token>"
    donor_name: str | None = None  # as the donor typed it, in the ticket's script when known

    def __post_init__(self) -> None:
        if not 0 <= self.number <= 999:
            raise ValueError(f"ticket number {self.number} is not 0-999")
        if self.people_ahead < 0:
            raise ValueError("people_ahead cannot be negative")
        if not self.visit_qr:
            raise ValueError("visit_qr is empty")

    @property
    def number_text(self) -> str:
        return ticket_label(self.number)


@dataclass(frozen=True)
class CardData:
    """A donor card. The QR holds `token` only: the kiosk resolves it to the donor."""

    donor_number: str  # "QTR-000123"
    name_latin: str
    name_arabic: str | None
    blood_group: str | None  # "O+", "AB-" … as a laboratory confirmed it; None: nothing is printed
    first_donation_text: str | None  # already formatted, None before a first donation
    token: str
    organiser: Texts
    issuer: Texts | None = None  # the body that issues the card; the organiser signs when None
    place: Texts | None = None  # where it was issued: the campaign's city
    next_donation_text: str | None = None  # first day the donor may give again, formatted

    def __post_init__(self) -> None:
        if not self.token:
            raise ValueError("token is empty")


@dataclass(frozen=True)
class CertificateData:
    """A donation certificate, for the donor's employer and own record."""

    campaign: CampaignText
    donor_number: str
    name_latin: str
    name_arabic: str | None
    national_id: str | None  # CIN, as the donor gave it
    donation_date_text: str
    issued_date_text: str
    kind: str  # one of DONATION_KINDS
    volume_ml: int | None
    staff_name: str
    reference: str | None = None  # kiosk.domain.documents.reference of the visit
    bag_number: str | None = None  # as printed on the bag's label, None when none was recorded
    next_donation_text: str | None = None  # first day the donor may give again, formatted

    def __post_init__(self) -> None:
        if self.kind not in DONATION_KINDS:
            raise ValueError(f"unknown donation kind {self.kind!r}")
