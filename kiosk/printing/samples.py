"""Sample documents for `kiosk print --sample`, the tests and the benchmark.

The campaign is the Khouribga one from the press (Place des Moujahidines, 2-3
December 2025, Association Al Yakout); the donor is fictional. Dates are spelled
as kiosk.i18n.dates formats them for ar_MA and fr_MA (printing must not import Qt).
"""

from __future__ import annotations

from kiosk.domain.documents import reference
from kiosk.domain.isbt import BagNumber
from kiosk.domain.visits import WHOLE_BLOOD
from kiosk.i18n.texts import Texts
from kiosk.printing.data import CampaignText, CardData, CertificateData, TicketData

KHOURIBGA = CampaignText(
    name=Texts(ar="حملة التبرع بالدم بخريبكة", fr="Campagne de don du sang de Khouribga"),
    venue=Texts(ar="ساحة المجاهدين", fr="Place des Moujahidines"),
    city=Texts(ar="خريبكة", fr="Khouribga"),
    organisers=(Texts(ar="جمعية الياقوت الخيرية", fr="Association Al Yakout"),),
    slogan=Texts(ar="قطرة دم… حياة تستمر", fr="Une goutte de sang… une vie qui continue"),
    issuer=Texts(ar="الوكالة المغربية للدم ومشتقاته", fr="Agence marocaine du sang et de ses dérivés (AMSD)"),
)

_DAY = {"ar": "2 دجنبر 2025", "fr": "2 décembre 2025"}
# A woman who gave whole blood on 2 December may give again 12 weeks later.
_NEXT = {"ar": "24 فبراير 2026", "fr": "24 février 2026"}


def sample_ticket(lang: str, number: int = 42, people_ahead: int = 7) -> TicketData:
    return TicketData(
        campaign=KHOURIBGA,
        number=number,
        people_ahead=people_ahead,
        date_text=_DAY.get(lang, "2025-12-02"),
        time_text="10:42",
        visit_qr="QV:m3Xq7T0bVf9kR2pLc8sWzA",
        donor_name="سلمى بنجلون" if lang == "ar" else "Salma Benjelloun",
    )


def sample_card(lang: str) -> CardData:
    return CardData(
        donor_number="QTR-000123",
        name_latin="Salma Benjelloun",
        name_arabic="سلمى بنجلون",
        blood_group="O+",
        first_donation_text=_DAY.get(lang, "2025-12-02"),
        token="c7Hn2Qe9XaLr4Vt1Kp0sMw",
        organiser=KHOURIBGA.organisers[0],
        issuer=KHOURIBGA.issuer,
        place=KHOURIBGA.city,
        next_donation_text=_NEXT.get(lang, "2026-02-24"),
    )


def sample_certificate(lang: str) -> CertificateData:
    return CertificateData(
        campaign=KHOURIBGA,
        donor_number="QTR-000123",
        name_latin="BENJELLOUN Salma",  # family name first, as the certificate lists it
        name_arabic="بنجلون سلمى",
        national_id="BK123456",
        donation_date_text=_DAY.get(lang, "2025-12-02"),
        issued_date_text=_DAY.get(lang, "2025-12-02"),
        kind=WHOLE_BLOOD,
        volume_ml=450,
        staff_name="Dr Nadia Alaoui",
        reference=reference("5f0c2a9e-7b1d-4c3e-9a8f-2d6b1e4c7a90"),
        bag_number=BagNumber("G123498654321", isbt=True).display(),
        next_donation_text=_NEXT.get(lang, "2026-02-24"),
    )
