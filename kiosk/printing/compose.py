"""From database rows to a document's data, and from a kind to its PDF.

Plain Python over duck-typed rows (kiosk.storage.models, or anything with the
same attributes; kiosk.storage.print_jobs.document_rows gathers them), so the
printing layer depends on neither SQLAlchemy nor Qt. Dates are written by the
caller's `dates` object — in the application, the module kiosk.i18n.dates
itself (ar_MA and fr_MA through QLocale), which printing may not import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from kiosk.domain.clock import to_local
from kiosk.domain.documents import reference
from kiosk.domain.donors import full_name
from kiosk.domain.isbt import BagNumber
from kiosk.domain.visits import DONATION_KINDS, VISIT_QR_PREFIX, WHOLE_BLOOD
from kiosk.i18n import language
from kiosk.i18n.texts import Texts
from kiosk.printing.data import (
    CampaignText,
    CardData,
    Catalog,
    CertificateData,
    TicketData,
)

if TYPE_CHECKING:
    from kiosk.domain.eligibility import Donation as PastDonation
    from kiosk.domain.eligibility import Pack

# Who signs a card when no campaign is known (a donor registered from the command line).
QATRA = Texts(ar="قطرة", fr="Qatra")


class CampaignRow(Protocol):
    """The campaign columns a document prints (kiosk.storage.models.Campaign): texts by language."""

    @property
    def name(self) -> Mapping[str, str]: ...
    @property
    def venue(self) -> Mapping[str, str]: ...
    @property
    def city(self) -> Mapping[str, str]: ...
    @property
    def slogan(self) -> Mapping[str, str] | None: ...
    @property
    def organisers(self) -> Sequence[Mapping[str, str]]: ...
    @property
    def issuer(self) -> Mapping[str, str] | None: ...


class DonorRow(Protocol):
    """The donor columns a document prints (kiosk.storage.models.Donor)."""

    @property
    def number(self) -> str: ...
    @property
    def first_name_latin(self) -> str | None: ...
    @property
    def last_name_latin(self) -> str | None: ...
    @property
    def first_name_ar(self) -> str | None: ...
    @property
    def last_name_ar(self) -> str | None: ...
    @property
    def blood_group(self) -> str | None: ...
    @property
    def blood_group_confirmed(self) -> str | None: ...
    @property
    def card_token(self) -> str: ...
    @property
    def cin(self) -> str | None: ...
    @property
    def sex(self) -> str: ...
    @property
    def birth_date(self) -> date: ...


class VisitRow(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def uuid(self) -> str | None: ...
    @property
    def day(self) -> date: ...
    @property
    def ticket(self) -> int | None: ...
    @property
    def ticket_token(self) -> str | None: ...
    @property
    def waiting_at(self) -> datetime: ...


class DonationRow(Protocol):
    @property
    def day(self) -> date: ...
    @property
    def kind(self) -> str: ...
    @property
    def volume_ml(self) -> int | None: ...
    @property
    def bag_number(self) -> str | None: ...
    @property
    def bag_isbt(self) -> bool: ...


class StaffRow(Protocol):
    @property
    def name(self) -> str: ...


class Rows(Protocol):
    """What kiosk.storage.print_jobs.DocumentRows holds."""

    @property
    def kind(self) -> str: ...
    @property
    def donor(self) -> DonorRow: ...
    @property
    def campaign(self) -> CampaignRow | None: ...
    @property
    def visit(self) -> VisitRow | None: ...
    @property
    def people_ahead(self) -> int: ...
    @property
    def donation(self) -> DonationRow | None: ...
    @property
    def staff(self) -> StaffRow | None: ...
    @property
    def first_donation_day(self) -> date | None: ...
    @property
    def history(self) -> Sequence[PastDonation]: ...


class DateFormat(Protocol):
    """How dates are spelled in a document's language: kiosk.i18n.dates fits."""

    def long_date(self, day: date, lang: str) -> str: ...

    def time_of_day(self, local: datetime, lang: str) -> str: ...


def campaign_text(campaign: CampaignRow) -> CampaignText:
    """From a campaign row (`name`, `venue`, … as {language: text}, `organisers` as a list of them)."""
    return CampaignText.from_spec(campaign)


def donor_names(donor: DonorRow, family_first: bool = False) -> tuple[str, str | None]:
    """(name in Latin letters, name in Arabic letters or None), as documents print them.

    A donor who gave only an Arabic name gets it in the first place, which the
    documents never leave empty. `family_first`: as an administrative paper lists
    them (the certificate's "Nom et prénom"), the Latin family name in capitals so
    that the order reads unambiguously."""
    if family_first:
        last = donor.last_name_latin.strip().upper() if donor.last_name_latin else None
        latin = full_name(last, donor.first_name_latin)
        arabic = full_name(donor.last_name_ar, donor.first_name_ar) or None
    else:
        latin = full_name(donor.first_name_latin, donor.last_name_latin)
        arabic = full_name(donor.first_name_ar, donor.last_name_ar) or None
    if not latin:
        return (arabic or donor.number), None
    return latin, arabic


def name_in_script(donor: DonorRow, lang: str) -> str:
    """The donor's name in the letters of the document's language, else the other one."""
    latin, arabic = donor_names(donor)
    return (arabic or latin) if language(lang).script == "Arab" else latin


def ticket_data(
    visit: VisitRow,
    campaign: CampaignRow,
    people_ahead: int,
    lang: str,
    dates: DateFormat,
    donor: DonorRow | None = None,
) -> TicketData:
    """The queue ticket of a visit that has one (ticket number and token)."""
    if visit.ticket is None or not visit.ticket_token:
        raise ValueError(f"visit {visit.id} has no ticket")
    return TicketData(
        campaign=campaign_text(campaign),
        number=visit.ticket,
        people_ahead=max(0, people_ahead),
        date_text=dates.long_date(visit.day, lang),
        time_text=dates.time_of_day(to_local(visit.waiting_at), lang),
        visit_qr=f"{VISIT_QR_PREFIX}{visit.ticket_token}",
        donor_name=name_in_script(donor, lang) if donor is not None else None,
    )


def next_donation(
    donor: DonorRow, given: PastDonation | None, history: Sequence[PastDonation], pack: Pack | None
) -> date | None:
    """The first day the donor may give again after `given`, by the rule pack's
    interval for their sex (kiosk.domain.eligibility.next_donation_day)."""
    if given is None:
        return None
    from kiosk.domain.eligibility import default_pack, next_donation_day

    return next_donation_day(pack or default_pack(), donor.sex, donor.birth_date, given, history)


def card_data(
    donor: DonorRow,
    campaign: CampaignRow | None,
    first_donation_day: date | None,
    lang: str,
    dates: DateFormat,
    history: Sequence[PastDonation] = (),
    pack: Pack | None = None,
) -> CardData:
    """The donor card; its QR holds the donor's card token and nothing else. The
    next donation counts from the latest one the history knows."""
    latin, arabic = donor_names(donor)
    organisers = campaign.organisers if campaign is not None else ()
    latest = max(history, key=lambda d: d.date, default=None)
    next_day = next_donation(donor, latest, history, pack)
    return CardData(
        donor_number=donor.number,
        name_latin=latin,
        name_arabic=arabic,
        blood_group=donor.blood_group_confirmed or None,  # never the group a donor only declared
        first_donation_text=dates.long_date(first_donation_day, lang) if first_donation_day else None,
        token=donor.card_token,
        organiser=Texts(organisers[0]) if organisers else QATRA,
        issuer=Texts(campaign.issuer) if campaign is not None and campaign.issuer else None,
        place=Texts(campaign.city) if campaign is not None else None,
        next_donation_text=dates.long_date(next_day, lang) if next_day else None,
    )


def certificate_data(
    donation: DonationRow,
    donor: DonorRow,
    campaign: CampaignRow,
    staff: StaffRow | None,
    issued: date,
    lang: str,
    dates: DateFormat,
    visit: VisitRow | None = None,
    history: Sequence[PastDonation] = (),
    pack: Pack | None = None,
) -> CertificateData:
    """The certificate of one donation, issued on `issued` (the venue's day); its
    reference comes from the visit's global id."""
    from kiosk.domain.eligibility import Donation as PastDonation

    latin, arabic = donor_names(donor, family_first=True)
    kind = donation.kind if donation.kind in DONATION_KINDS else WHOLE_BLOOD
    next_day = next_donation(donor, PastDonation(donation.day, kind), history, pack)
    bag = BagNumber(donation.bag_number, donation.bag_isbt).display() if donation.bag_number else None
    return CertificateData(
        campaign=campaign_text(campaign),
        donor_number=donor.number,
        name_latin=latin,
        name_arabic=arabic,
        national_id=donor.cin,
        donation_date_text=dates.long_date(donation.day, lang),
        issued_date_text=dates.long_date(issued, lang),
        kind=kind,
        volume_ml=donation.volume_ml,
        staff_name=staff.name if staff is not None else "",
        reference=reference(visit.uuid) if visit is not None and visit.uuid else None,
        bag_number=bag,
        next_donation_text=dates.long_date(next_day, lang) if next_day else None,
    )


def document_data(
    rows: Rows, lang: str, dates: DateFormat, issued: date, pack: Pack | None = None
) -> TicketData | CardData | CertificateData:
    """The data of the document `rows` describe (kiosk.storage.print_jobs.DocumentRows);
    `pack` gives the next donation day (the default rule pack when None)."""
    if rows.kind == "ticket":
        if rows.visit is None or rows.campaign is None:
            raise ValueError("a ticket needs its visit and campaign")
        return ticket_data(rows.visit, rows.campaign, rows.people_ahead, lang, dates, rows.donor)
    if rows.kind == "card":
        return card_data(rows.donor, rows.campaign, rows.first_donation_day, lang, dates, rows.history, pack)
    if rows.kind == "certificate":
        if rows.donation is None or rows.campaign is None:
            raise ValueError("a certificate needs its donation and campaign")
        return certificate_data(
            rows.donation, rows.donor, rows.campaign, rows.staff, issued, lang, dates, rows.visit, rows.history, pack
        )
    raise ValueError(f"unknown document kind {rows.kind!r}")


def render(kind: str, data: TicketData | CardData | CertificateData, lang: str, catalog: Catalog) -> bytes:
    """The PDF of a ticket, card or certificate (reportlab is imported here, on first use)."""
    from kiosk import printing

    renderers = {
        "ticket": printing.render_ticket,
        "card": printing.render_card,
        "certificate": printing.render_certificate,
    }
    if kind not in renderers:
        raise ValueError(f"unknown document kind {kind!r}")
    return renderers[kind](data, lang, catalog)
