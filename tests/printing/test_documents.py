"""The three documents as a printer and a reader get them: size, fonts, QR, text, margins.

Checked with the tools a person would use: poppler (pdfinfo, pdffonts, pdftotext,
pdftoppm) and zbarimg on the page rasterised at 300 dpi.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from kiosk.domain.visits import PLASMA
from kiosk.i18n.texts import Texts
from kiosk.printing import render_card, render_certificate, render_ticket, samples
from kiosk.printing.data import CampaignText, TicketData

ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")

MM = 72 / 25.4
CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
EMBEDDED_FONTS = {"Amiri-Regular", "Amiri-Bold", "NotoSans-Regular", "NotoSans-Bold"}

LONG = CampaignText(
    name=Texts(
        ar="حملة التبرع بالدم التي نظمتها الجمعية الاجتماعية لموظفي وزارة الداخلية والمجلس الإقليمي لخنيفرة",
        fr="Campagne régionale de don de sang de l'Agence marocaine du sang et de ses dérivés (AMSD), Marrakech-Safi",
    ),
    venue=Texts(ar="المركز الجهوي لتحاقن الدم بمكناس", fr="Centre régional de transfusion sanguine de Meknès"),
    city=Texts(ar="خنيفرة", fr="Khénifra"),
    organisers=(
        Texts(
            ar="الجمعية الاجتماعية لموظفي وزارة الداخلية",
            fr="Association sociale des fonctionnaires du ministère de l'Intérieur",
        ),
        Texts(ar="منظمة الهلال الأحمر المغربية-فرع خنيفرة", fr="Croissant-Rouge marocain, section de Khénifra"),
    ),
    slogan=Texts(
        ar="تبرع بالدم واجعل العالم ينبض بالحياة", fr="Donnez votre sang et faites battre le monde au rythme de la vie"
    ),
)
LONG_NAMES = {"name_latin": "Mohammed-Amine Ait Ben Haddou El Idrissi", "name_arabic": "محمد أمين آيت بن حدو الإدريسي"}


def need(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        package = "zbar-tools" if tool == "zbarimg" else "poppler-utils"
        pytest.skip(f"{tool} is not installed (Debian package {package})")
    return found


def write(tmp_path, name: str, pdf: bytes):
    assert pdf.startswith(b"%PDF-")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


def page_size_mm(path) -> tuple[float, float]:
    out = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", out, re.M)
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out).groups()
    return float(w) / MM, float(h) / MM


def font_rows(path) -> list[list[str]]:
    out = subprocess.run([need("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def qr_payloads(path, tmp_path) -> list[str]:
    zbarimg = need("zbarimg")
    png = tmp_path / path.stem
    subprocess.run([need("pdftoppm"), "-r", "300", "-png", "-singlefile", str(path), str(png)], check=True)
    result = subprocess.run([zbarimg, "--raw", "-q", f"{png}.png"], capture_output=True, text=True)
    return result.stdout.splitlines()


def reading_text(path) -> str:
    """What a reader copies out of the PDF: poppler puts Arabic back in reading order."""
    out = subprocess.run([need("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    return CONTROLS.sub("", unicodedata.normalize("NFKC", out)).replace("\u00a0", " ")


def words(path) -> list[tuple[str, float, float, float, float]]:
    """Words as drawn, with their boxes in points from the top-left corner."""
    out = subprocess.run([need("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    root = ET.fromstring(out.stdout)
    return [
        (
            CONTROLS.sub("", unicodedata.normalize("NFKC", w.text or "")),  # bidi marks are invisible
            *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")),
        )
        for w in root.iter("{http://www.w3.org/1999/xhtml}word")
    ]


def ticket(lang: str, **changes) -> TicketData:
    return dataclasses.replace(samples.sample_ticket(lang), **changes)


# -- sizes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_card_is_id1_size(tmp_path, catalog, lang):
    w, h = page_size_mm(write(tmp_path, "card", render_card(samples.sample_card(lang), lang, catalog)))
    assert (w, h) == (pytest.approx(85.6, abs=0.005), pytest.approx(54.0, abs=0.005))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_ticket_is_80_mm_wide_and_as_long_as_its_content(tmp_path, catalog, lang):
    short = page_size_mm(write(tmp_path, "short", render_ticket(ticket(lang), lang, catalog)))
    long = page_size_mm(write(tmp_path, "long", render_ticket(ticket(lang, campaign=LONG), lang, catalog)))
    assert short[0] == pytest.approx(80.0, abs=0.005) and long[0] == pytest.approx(80.0, abs=0.005)
    assert 100 < short[1] < long[1] < 250


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_certificate_is_a5(tmp_path, catalog, lang):
    path = write(tmp_path, "certificate", render_certificate(samples.sample_certificate(lang), lang, catalog))
    assert page_size_mm(path) == (pytest.approx(148.0, abs=0.01), pytest.approx(210.0, abs=0.01))


# -- fonts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "render, sample",
    [
        (render_ticket, samples.sample_ticket),
        (render_card, samples.sample_card),
        (render_certificate, samples.sample_certificate),
    ],
)
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_font_is_embedded(tmp_path, catalog, render, sample, lang):
    rows = font_rows(write(tmp_path, "doc", render(sample(lang), lang, catalog)))
    names = {row[0].split("+", 1)[-1] for row in rows}
    assert {"Amiri-Regular", "Amiri-Bold"} & names  # Arabic is on every document (bilingual titles)
    assert names <= EMBEDDED_FONTS
    # Columns: name type encoding emb sub uni object ID
    assert [row[-5] for row in rows] == ["yes"] * len(rows)


# -- QR codes ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_ticket_qr_decodes_to_the_visit_payload(tmp_path, catalog, lang):
    payload = f"QV:{secrets.token_urlsafe(16)}"
    path = write(tmp_path, f"ticket-{lang}", render_ticket(ticket(lang, visit_qr=payload), lang, catalog))
    assert qr_payloads(path, tmp_path) == [payload]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_card_qr_decodes_to_the_token_only(tmp_path, catalog, lang):
    token = secrets.token_urlsafe(16)
    data = dataclasses.replace(samples.sample_card(lang), token=token)
    path = write(tmp_path, f"card-{lang}", render_card(data, lang, catalog))
    assert qr_payloads(path, tmp_path) == [token]


# -- what the reader sees --------------------------------------------------------------------


def test_arabic_card_reads_back(tmp_path, catalog):
    path = write(tmp_path, "card", render_card(samples.sample_card("ar"), "ar", catalog))
    reading = reading_text(path)
    for phrase in (
        "بطاقة المتبرع",
        "رقم المتبرع",
        "QTR-000123",
        "سلمى بنجلون",
        "Salma Benjelloun",
        "فصيلة الدم",
        "أول تبرع",
        "دجنبر",
        "التبرع المقبل",
        "24 فبراير 2026",  # the whole date, in reading order
        "2 دجنبر 2025",
        "الوكالة المغربية للدم ومشتقاته · خريبكة",
    ):
        assert phrase in reading
    drawn = [w[0] for w in words(path)]
    assert "O+" in drawn and "+O" not in drawn


def test_bilingual_title_has_arabic_on_the_right_in_both_languages(tmp_path, catalog):
    """«تذكرة الانتظار — Ticket d'attente» in an Arabic line and «Ticket d'attente — تذكرة الانتظار»
    in a French one look the same on paper: each reader starts with their own language."""
    for lang in ("ar", "fr"):
        found = words(write(tmp_path, f"ticket-{lang}", render_ticket(ticket(lang), lang, catalog)))
        french = next(w for w in found if w[0] == "Ticket")
        middle = (french[2] + french[4]) / 2
        arabic = [w for w in found if ARABIC.search(w[0]) and w[2] < middle < w[4]]
        assert len(arabic) == 2  # تذكرة الانتظار
        assert all(w[1] > french[3] for w in arabic)


def test_ticket_number_has_three_digits_and_the_queue_is_told(tmp_path, catalog):
    path = write(tmp_path, "t", render_ticket(ticket("fr", number=7, people_ahead=0), "fr", catalog))
    reading = reading_text(path)
    assert "007" in reading and "Personne avant vous" in reading
    path = write(tmp_path, "t2", render_ticket(ticket("fr", number=42, people_ahead=12), "fr", catalog))
    reading = reading_text(path)
    assert "042" in reading and "Personnes avant vous : 12" in reading
    assert "2 décembre 2025 · 10:42" in reading
    assert "Attente" not in reading  # no figure given, none printed


@pytest.mark.parametrize(("lang", "expected"), [("fr", "Attente estimée : environ 24 min"), ("ar", "24")])
def test_ticket_prints_the_wait_the_kiosk_and_board_show(tmp_path, catalog, lang, expected):
    path = write(tmp_path, "t", render_ticket(ticket(lang, people_ahead=2, wait_minutes=24), lang, catalog))
    assert expected in reading_text(path)


def test_ticket_number_is_the_largest_thing_on_the_ticket(tmp_path, catalog):
    found = words(write(tmp_path, "t", render_ticket(ticket("ar"), "ar", catalog)))
    number = next(w for w in found if w[0] == "042")
    height = number[4] - number[2]
    assert height > 25 * MM  # box of an 80 pt line; the digits themselves stand 20 mm tall
    assert all(w[4] - w[2] < height / 2 for w in found if w is not number)


def test_card_leaves_out_what_is_not_known(tmp_path, catalog):
    data = dataclasses.replace(samples.sample_card("fr"), blood_group=None, first_donation_text=None)
    reading = reading_text(write(tmp_path, "card", render_card(data, "fr", catalog)))
    assert "Groupe sanguin" not in reading and "Premier don" not in reading
    assert "QTR-000123" in reading


def test_certificate_says_what_was_given(tmp_path, catalog):
    data = dataclasses.replace(samples.sample_certificate("fr"), kind=PLASMA, volume_ml=600, national_id=None)
    reading = reading_text(write(tmp_path, "certificate", render_certificate(data, "fr", catalog)))
    for phrase in (
        "Attestation de don de sang",
        "Plasma (600 mL)",
        "BENJELLOUN Salma",
        "Fait à Khouribga, le 2 décembre 2025",
        "Place des Moujahidines, Khouribga",
        "Association Al Yakout",
        "Dr Nadia Alaoui",
    ):
        assert phrase in reading
    assert "CIN" not in reading


# -- nothing clipped -------------------------------------------------------------------------


def documents(lang: str):
    card = samples.sample_card(lang)
    certificate = samples.sample_certificate(lang)
    return [
        ("ticket", render_ticket, ticket(lang), 4.0),
        ("ticket-long", render_ticket, ticket(lang, campaign=LONG), 4.0),
        ("card", render_card, card, 3.5),
        ("card-long", render_card, dataclasses.replace(card, organiser=LONG.organisers[0], **LONG_NAMES), 3.5),
        ("certificate", render_certificate, certificate, 17.0),
        (
            "certificate-long",
            render_certificate,
            dataclasses.replace(
                certificate, campaign=LONG, staff_name="Pr Abdelkader Ben Mohammed El Fassi-Fihri", **LONG_NAMES
            ),
            17.0,
        ),
    ]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_word_stays_inside_the_margins(tmp_path, catalog, lang):
    for name, render, data, margin_mm in documents(lang):
        path = write(tmp_path, f"{name}-{lang}", render(data, lang, catalog))
        width, height = (v * MM for v in page_size_mm(path))
        margin = margin_mm * MM - 0.5
        outside = [w[0] for w in words(path) if w[1] < margin or w[3] > width - margin or w[2] < 0 or w[4] > height]
        assert outside == [], name


def test_long_texts_do_not_overlap(tmp_path, catalog):
    for lang in ("ar", "fr"):
        for name, render, data, _ in documents(lang):
            found = words(write(tmp_path, f"{name}-{lang}", render(data, lang, catalog)))
            # Boxes from pdftotext span the fonts' full ascent and descent; shrink them to the ink.
            boxes = [(x0, y0 + (y1 - y0) * 0.25, x1, y1 - (y1 - y0) * 0.25) for _, x0, y0, x1, y1 in found]
            clashes = [
                (found[i][0], found[j][0])
                for i in range(len(boxes))
                for j in range(i + 1, len(boxes))
                if boxes[i][0] < boxes[j][2] - 0.5
                and boxes[j][0] < boxes[i][2] - 0.5
                and boxes[i][1] < boxes[j][3]
                and boxes[j][1] < boxes[i][3]
            ]
            assert clashes == [], f"{name}-{lang}"


# -- data ------------------------------------------------------------------------------------


def test_ticket_data_refuses_numbers_that_cannot_print_in_three_digits():
    with pytest.raises(ValueError):
        ticket("fr", number=1000)
    with pytest.raises(ValueError):
        ticket("fr", people_ahead=-1)


def test_certificate_data_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="kind"):
        dataclasses.replace(samples.sample_certificate("fr"), kind="blood")


def test_campaign_text_from_a_campaign_file():
    from kiosk import paths
    from kiosk.domain.campaigns import load_campaign_file

    spec = load_campaign_file(paths.CAMPAIGNS / "khouribga-2025-12.toml")
    campaign = CampaignText.from_spec(spec)
    assert (campaign.name["ar"], campaign.name["fr"]) == (spec.name["ar"], spec.name["fr"])
    assert [o["fr"] for o in campaign.organisers] == [o["fr"] for o in spec.organisers]
    assert campaign.slogan.of("ar") == spec.slogan["ar"]


# -- issuing body, reference, bag, next donation ----------------------------------------------


@pytest.mark.parametrize(
    "lang, phrases",
    [
        (
            "fr",
            (
                "Agence marocaine du sang et de ses dérivés (AMSD)",
                "Référence : BW62-N7KV-3N63-X6MF",
                "N° de poche",
                "G1234 98 654321 H",
                "Prochain don dès le",
                "24 février 2026",
            ),
        ),
        (
            "ar",
            (
                "الوكالة المغربية للدم ومشتقاته",
                "BW62-N7KV-3N63-X6MF",
                "رقم كيس الدم",
                "G1234 98 654321 H",
                "التبرع المقبل ابتداء من",
                "24 فبراير 2026",  # the whole date, in reading order
                "المرجع: BW62-N7KV-3N63-X6MF",
                "حرر في خريبكة بتاريخ 2 دجنبر 2025",
            ),
        ),
    ],
)
def test_certificate_names_its_issuer_reference_bag_and_next_donation(tmp_path, catalog, lang, phrases):
    reading = reading_text(
        write(tmp_path, "certificate", render_certificate(samples.sample_certificate(lang), lang, catalog))
    )
    for phrase in phrases:
        assert phrase in reading


def test_french_card_names_its_issuer_place_and_next_donation(tmp_path, catalog):
    reading = reading_text(write(tmp_path, "card", render_card(samples.sample_card("fr"), "fr", catalog)))
    for phrase in (
        "Agence marocaine du sang et de ses dérivés (AMSD) · Khouribga",
        "Prochain don dès le",
        "24 février 2026",
    ):
        assert phrase in reading


def test_a_campaign_without_an_issuer_is_signed_by_its_organiser(tmp_path, catalog):
    card = dataclasses.replace(samples.sample_card("fr"), issuer=None)
    reading = reading_text(write(tmp_path, "card", render_card(card, "fr", catalog)))
    assert "Association Al Yakout · Khouribga" in reading and "AMSD" not in reading
    campaign = dataclasses.replace(samples.KHOURIBGA, issuer=None)
    certificate = dataclasses.replace(samples.sample_certificate("fr"), campaign=campaign)
    reading = reading_text(write(tmp_path, "certificate", render_certificate(certificate, "fr", catalog)))
    assert reading.startswith("Association Al Yakout") and "AMSD" not in reading


@pytest.mark.parametrize("kind", ["ticket", "certificate"])
def test_an_arabic_document_sets_every_value_in_one_font(tmp_path, catalog, kind):
    """CIN, donor number, dates and the French title of an Arabic certificate:
    all in Amiri, none in Noto Sans beside Amiri's digits."""
    render = {"ticket": render_ticket, "certificate": render_certificate}[kind]
    sample = {"ticket": ticket, "certificate": samples.sample_certificate}[kind]("ar")
    path = write(tmp_path, kind, render(sample, "ar", catalog))
    names = {row[0].split("+")[-1] for row in font_rows(path)}
    assert names == (
        {"Amiri-Regular", "Amiri-Bold", "NotoSans-Bold"} if kind == "ticket" else {"Amiri-Regular", "Amiri-Bold"}
    )


def test_the_french_certificate_lists_the_family_name_first(tmp_path, catalog):
    reading = reading_text(
        write(tmp_path, "certificate", render_certificate(samples.sample_certificate("fr"), "fr", catalog))
    )
    assert "Nom et prénom" in reading and "BENJELLOUN Salma" in reading
