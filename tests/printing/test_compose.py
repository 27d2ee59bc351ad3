"""Documents built from real database rows: what each prints, and that its QR leads back to the right row."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import Vitals
from kiosk.i18n import dates
from kiosk.printing import compose, samples
from kiosk.storage import blood_groups, campaigns, print_jobs, registration
from kiosk.storage import queue as q
from kiosk.storage.models import Staff

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Khouribga
PACK = default_pack()
KIOSK = Actor.station_only("kiosk-1")


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def check_in(db, details: DonorDetails, minutes: float = 0) -> tuple[int, int]:
    """(visit id, donor id) of a new donor who joined today's queue."""
    with db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = registration.create_donor(s, details, "v1", at(minutes))
        visit = q.join_queue(
            s,
            campaign,
            donor,
            DAY,
            actor=KIOSK,
            now=at(minutes),
            outcome="eligible",
            until=None,
            reasons=[],
            pack=PACK.ref,
            answers={},
        )
        return visit.id, donor.id


SALMA = DonorDetails(
    sex="F",
    birth_date=date(1994, 3, 8),
    first_name_latin="Salma",
    last_name_latin="Benjelloun",
    first_name_ar="سلمى",
    last_name_ar="بنجلون",
    cin="BK123456",
    blood_group="O+",
    language="ar",
)
HAMID = DonorDetails(
    sex="M", birth_date=date(1980, 7, 1), first_name_ar="حميد", last_name_ar="الزياني", cin="K12345", language="ar"
)


def donate(db, visit_id: int) -> Actor:
    with db.write() as s:
        staff = Staff(name="Dr Nadia Alaoui", role="doctor", pin_hash="-", created_at=T0)
        s.add(staff)
        s.flush()
        doctor = Actor("nurse-1", staff.id, "doctor", staff.name)
        q.call_next(s, campaigns.active_campaign(s).id, DAY, 1, actor=doctor, now=at(30))
        q.start_interview(s, visit_id, actor=doctor, now=at(31))
        q.record_vitals(s, visit_id, Vitals(70, 14.1, 120, 75), PACK, actor=doctor, now=at(32))
        q.record_donation(s, visit_id, volume_ml=450, bag_number="G123 498 654 321 H", actor=doctor, now=at(45))
    return doctor


def data_for(app, kind: str, lang: str, **ids):
    with app.db.read() as s:
        rows = print_jobs.document_rows(s, kind, **ids)
        return compose.document_data(rows, lang, dates, issued=date(2025, 12, 3))


def test_the_stored_demo_campaign_prints_as_the_press_tells_it(app):
    with app.db.read() as s:
        text = compose.campaign_text(campaigns.active_campaign(s))
    assert text == samples.KHOURIBGA


@pytest.mark.parametrize("lang, day", [("ar", "2 دجنبر 2025"), ("fr", "2 décembre 2025")])
def test_a_ticket_from_a_real_visit(app, lang, day):
    check_in(app.db, HAMID)
    visit_id, _ = check_in(app.db, SALMA, minutes=2)
    ticket = data_for(app, "ticket", lang, visit_id=visit_id)
    assert (ticket.number_text, ticket.people_ahead, ticket.date_text, ticket.time_text) == ("002", 1, day, "10:02")
    assert ticket.campaign == samples.KHOURIBGA
    assert ticket.visit_qr.startswith(compose.VISIT_QR_PREFIX)
    with app.db.read() as s:  # what the nurse station does with the scanned code
        assert q.find_by_ticket_token(s, ticket.visit_qr.removeprefix(compose.VISIT_QR_PREFIX)).id == visit_id


def test_a_card_from_a_real_donor_before_and_after_a_first_donation(app):
    visit_id, donor_id = check_in(app.db, SALMA)
    card = data_for(app, "card", "fr", donor_id=donor_id)
    assert (card.donor_number, card.name_latin, card.name_arabic, card.blood_group) == (
        f"QTR-{donor_id:06d}",
        "Salma Benjelloun",
        "سلمى بنجلون",
        None,  # she declared O+ at the kiosk: a card prints only a group a laboratory confirmed
    )
    assert card.first_donation_text is None
    with app.db.write() as s:
        blood_groups.confirm(s, donor_id, "O+", source="nurse", actor=Actor("nurse-1", role="nurse"), now=at(20))
    assert data_for(app, "card", "fr", donor_id=donor_id).blood_group == "O+"
    assert card.organiser == samples.KHOURIBGA.organisers[0]
    with app.db.read() as s:
        assert registration.find_by_card(s, card.token).id == donor_id
    donate(app.db, visit_id)
    assert data_for(app, "card", "ar", visit_id=visit_id).first_donation_text == "2 دجنبر 2025"


def test_a_donor_known_by_an_arabic_name_only(app):
    _, donor_id = check_in(app.db, HAMID)
    card = data_for(app, "card", "ar", donor_id=donor_id)
    assert (card.name_latin, card.name_arabic, card.blood_group) == ("حميد الزياني", None, None)


def test_a_certificate_from_a_real_donation(app):
    visit_id, donor_id = check_in(app.db, SALMA)
    donate(app.db, visit_id)
    certificate = data_for(app, "certificate", "fr", visit_id=visit_id)
    assert (certificate.donor_number, certificate.name_latin, certificate.name_arabic, certificate.national_id) == (
        f"QTR-{donor_id:06d}",
        "BENJELLOUN Salma",  # "Nom et prénom": the family name first
        "بنجلون سلمى",
        "BK123456",
    )
    assert (certificate.kind, certificate.volume_ml, certificate.staff_name) == ("whole_blood", 450, "Dr Nadia Alaoui")
    assert (certificate.donation_date_text, certificate.issued_date_text) == ("2 décembre 2025", "3 décembre 2025")
    assert certificate.campaign == samples.KHOURIBGA


def need(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.skip(
            f"{tool} is not installed (Debian package {'zbar-tools' if tool == 'zbarimg' else 'poppler-utils'})"
        )
    return found


def decoded(pdf: bytes, tmp_path) -> list[str]:
    """The QR codes a scanner reads on the page, rasterised at 300 dpi."""
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        [need("pdftoppm"), "-r", "300", "-png", "-singlefile", str(path), str(tmp_path / "page")], check=True
    )
    out = subprocess.run([need("zbarimg"), "--raw", "-q", str(tmp_path / "page.png")], capture_output=True, text=True)
    return out.stdout.splitlines()


@pytest.mark.external
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_card_token_resolves_to_the_donor(app, catalog, tmp_path, lang):
    """Render the card of a registered donor, scan its QR off the page, find the donor by it."""
    check_in(app.db, HAMID)
    _, donor_id = check_in(app.db, SALMA, minutes=1)
    pdf = compose.render("card", data_for(app, "card", lang, donor_id=donor_id), lang, catalog)
    codes = decoded(pdf, tmp_path)
    assert len(codes) == 1
    with app.db.read() as s:
        donor = registration.find_by_card(s, codes[0])
        assert donor is not None and donor.id == donor_id and donor.cin == "BK123456"
    assert "Salma" not in codes[0] and "BK123456" not in codes[0]  # the QR holds the token only


@pytest.mark.external
def test_the_ticket_code_opens_the_visit(app, catalog, tmp_path):
    visit_id, _ = check_in(app.db, SALMA)
    pdf = compose.render("ticket", data_for(app, "ticket", "ar", visit_id=visit_id), "ar", catalog)
    (code,) = decoded(pdf, tmp_path)
    with app.db.read() as s:
        assert q.find_by_ticket_token(s, code.removeprefix(compose.VISIT_QR_PREFIX)).id == visit_id


# -- next donation, reference, bag, issuer -----------------------------------------------------


@pytest.mark.parametrize(
    "who, lang, day",
    [(SALMA, "fr", "24 février 2026"), (SALMA, "ar", "24 فبراير 2026"), (HAMID, "fr", "27 janvier 2026")],
)
def test_card_and_certificate_give_the_next_donation_day_by_the_donors_sex(app, who, lang, day):
    """12 weeks for a woman, 8 for a man after 2 December 2025: the pack's interval."""
    visit_id, donor_id = check_in(app.db, who)
    assert data_for(app, "card", lang, donor_id=donor_id).next_donation_text is None  # no donation yet
    donate(app.db, visit_id)
    assert data_for(app, "card", lang, donor_id=donor_id).next_donation_text == day
    assert data_for(app, "certificate", lang, visit_id=visit_id).next_donation_text == day


def test_the_next_donation_counts_the_donation_the_centres_register_knows_of(app):
    """A donation the register knows of after the kiosk's: the card counts from it."""
    from kiosk.storage.models import DonorRegister

    visit_id, donor_id = check_in(app.db, HAMID)
    donate(app.db, visit_id)
    with app.db.write() as s:
        s.add(DonorRegister(donor_id=donor_id, as_of=date(2026, 2, 1), last_day=date(2026, 1, 30), count_12m=2))
    assert data_for(app, "card", "fr", donor_id=donor_id).next_donation_text == "27 mars 2026"
    # The certificate of the donation of 2 December still says what followed it.
    assert data_for(app, "certificate", "fr", visit_id=visit_id).next_donation_text == "27 janvier 2026"


def test_a_certificate_carries_a_stable_reference_and_the_bag_number(app):
    from kiosk.domain.documents import reference
    from kiosk.storage.models import Visit

    first, _ = check_in(app.db, SALMA)
    donate(app.db, first)
    certificate = data_for(app, "certificate", "fr", visit_id=first)
    with app.db.read() as s:
        assert certificate.reference == reference(s.get(Visit, first).uuid)
    assert certificate.bag_number == "G1234 98 654321 H"  # as the label prints it
    assert data_for(app, "certificate", "ar", visit_id=first).reference == certificate.reference  # a reprint
    second, _ = check_in(app.db, HAMID, minutes=1)
    with app.db.read() as s:
        other = reference(s.get(Visit, second).uuid)
    assert other != certificate.reference


def test_card_and_certificate_name_the_issuer_of_the_campaign_file(app):
    visit_id, donor_id = check_in(app.db, SALMA)
    donate(app.db, visit_id)
    card = data_for(app, "card", "fr", donor_id=donor_id)
    assert (card.issuer, card.place) == (samples.KHOURIBGA.issuer, samples.KHOURIBGA.city)
    assert card.issuer.of("fr") == "Agence marocaine du sang et de ses dérivés (AMSD)"
    assert data_for(app, "certificate", "ar", visit_id=visit_id).campaign.issuer.of("ar") == (
        "الوكالة المغربية للدم ومشتقاته"
    )


# The name as a donor types it at the kiosk: a lam-alef ligature and a hamza.
ABDELILAH = DonorDetails(
    sex="M",
    birth_date=date(1988, 11, 20),
    first_name_ar="عبد الإله",
    last_name_ar="السلاوي",
    cin="BE654321",
    language="ar",
)


def test_arabic_ticket_card_and_certificate_can_be_searched_for_the_place_and_the_name(app, tmp_path):
    """What the trial asked: pdftotext of each Arabic document finds خريبكة and the
    donor's Arabic name as typed (the certificate lists the family name first)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from kiosk.i18n.catalog import labels_for

    visit_id, donor_id = check_in(app.db, ABDELILAH)
    donate(app.db, visit_id)
    for kind, ids, name in (
        ("ticket", {"visit_id": visit_id}, "عبد الإله السلاوي"),
        ("card", {"donor_id": donor_id}, "عبد الإله السلاوي"),
        ("certificate", {"visit_id": visit_id}, "السلاوي عبد الإله"),
    ):
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(compose.render(kind, data_for(app, kind, "ar", **ids), "ar", labels_for))
        out = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
        found = out.translate(dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
        assert "خريبكة" in found, kind
        assert name in found, kind
