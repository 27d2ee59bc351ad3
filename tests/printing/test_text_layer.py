"""Printed Arabic is searchable: the text under the glyphs is the letters as typed,
in reading order (what pdftotext, a copy or a screen reader gets)."""

import dataclasses
import re
import shutil
import subprocess

import pytest

from kiosk.i18n.catalog import labels_for
from kiosk.printing import compose, samples
from kiosk.printing.text_layer import letters

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")

# A name with the lam-alef ligature (لا, لإ) and a hamza, as a donor types it.
NAME = "عبد الإله السلاوي"


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", out)  # poppler marks right-to-left runs


# What each Arabic document prints that a search must find: the campaign's city
# (the card names it as where it was issued), the donor's name.
FOUND = {"ticket": "خريبكة", "card": "خريبكة", "certificate": "خريبكة"}


@pytest.mark.parametrize("kind", ["ticket", "card", "certificate"])
def test_the_arabic_documents_carry_their_words_and_the_name_as_typed(kind, tmp_path):
    data = {"ticket": samples.sample_ticket, "card": samples.sample_card, "certificate": samples.sample_certificate}[
        kind
    ]("ar")
    if hasattr(data, "name_arabic"):
        data = dataclasses.replace(data, name_arabic=NAME)
    text = text_of(compose.render(kind, data, "ar", labels_for), tmp_path)
    assert FOUND[kind] in text
    if hasattr(data, "name_arabic"):
        assert NAME in text


def test_presentation_forms_map_to_letters_in_visual_order():
    assert letters("\ufea7") == "خ"  # initial khah
    assert letters("\ufefb") == "ال"  # lam-alef: alef then lam, as drawn right to left
    assert letters("A") is None and letters("خ") is None


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_cards_hint_is_at_least_six_and_a_half_points(lang, tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(compose.render("card", samples.sample_card(lang), lang, labels_for))
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    hint = set(labels_for(lang)("Documents", "Show this card at your next donation.").split())
    # The hint's words, under the QR code on the end side of the card.
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', html)
    half = 85.6 / 25.4 * 72 / 2
    boxes = [(y0, y1, word) for x0, y0, y1, word in found if (float(x0) < half) == (lang == "ar")]
    # A word's box spans the font's ascent to descent: 1.362 em in Noto Sans; Arabic runs
    # are drawn 1.15 times larger in Amiri, whose box is 1.758 em. Arabic words come in
    # visual order here.
    em = {"fr": 1.362, "ar": 1.15 * 1.758}[lang]
    sizes = [
        (float(y1) - float(y0)) / em
        for y0, y1, word in boxes
        if word.strip(".") in hint or word[::-1].strip(".") in hint
    ]
    assert sizes, "the hint is on the card"
    assert min(sizes) >= 6.5 - 0.05


# What a reader copies out of each Arabic document, line by line: dates whole and in
# reading order ("24 فبراير 2026", never " 24فبراير"), a colon where it was typed.
LINES = {
    "ticket": ("2 دجنبر 2025 · 10:42", "عدد الأشخاص قبلك: 7"),
    "card": ("2 دجنبر 2025", "24 فبراير 2026"),
    "certificate": (
        "24 فبراير 2026",
        "حرر في خريبكة بتاريخ 2 دجنبر 2025",
        "المرجع: BW62-N7KV-3N63-X6MF",
        "شكرا لك: عطاؤك ينقذ الأرواح.",
    ),
}


@pytest.mark.parametrize("layout", [[], ["-layout"]], ids=["plain", "layout"])
@pytest.mark.parametrize("kind", ["ticket", "card", "certificate"])
def test_arabic_dates_and_numbers_read_back_in_reading_order(kind, layout, tmp_path):
    data = {"ticket": samples.sample_ticket, "card": samples.sample_card, "certificate": samples.sample_certificate}[
        kind
    ]("ar")
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(compose.render(kind, data, "ar", labels_for))
    out = subprocess.run(["pdftotext", *layout, str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in re.sub("[\u200e\u200f\u202a-\u202e]", "", out).splitlines()]
    for expected in LINES[kind]:
        assert any(expected in line for line in lines), f"{expected!r} not read back from the {kind}"


@pytest.mark.parametrize(
    "line",
    [
        "24 فبراير 2026",
        "عدد الأشخاص قبلك: 7",
        "سلمى بنجلون (Salma Benjelloun)",
        "دم كامل (450 مل)",
        "نسبة 50% من المتبرعين، في 10:42.",
        "المرجع: \u2068BW62-N7KV\u2069",
        "\u20682 دجنبر 2025\u2069  ·  \u206810:42\u2069",
        "Dr Nadia Alaoui - خريبكة",
    ],
)
def test_reading_marks_change_nothing_on_paper(line):
    """The marks only end runs where the line already reads right to left: the
    glyphs drawn, in their order, are those of the line without them."""
    from kiosk.printing.arabic import RLM, visual

    assert visual(line, True, marked=True).replace(RLM, "") == visual(line, True)
    assert RLM in visual(line, True, marked=True)


def test_reading_marks_are_drawn_invisibly(tmp_path):
    """A font may give the mark a glyph (Amiri draws a thin bar): the marked line
    rasterises to the very pixels of the unmarked one."""
    from PIL import Image, ImageChops
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.printing import fonts, text
    from kiosk.printing.arabic import RLM

    fonts.ensure_registered()
    marked = text.line("حرر في خريبكة بتاريخ 24 فبراير 2026", fonts.Face(fonts.ARABIC, fonts.ARABIC), 14, True)
    assert any(RLM in run.text for run in marked.runs)
    plain = dataclasses.replace(
        marked, runs=tuple(dataclasses.replace(r, text=r.text.replace(RLM, "")) for r in marked.runs)
    )
    images = []
    for name, ln in (("marked", marked), ("plain", plain)):
        pdf = tmp_path / f"{name}.pdf"
        canvas = Canvas(str(pdf), pagesize=(400, 60))
        text.draw(canvas, ln, 390, 25, "right")
        canvas.save()
        subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(tmp_path / name)], check=True)
        images.append(Image.open(tmp_path / f"{name}.png").convert("RGB"))
    assert ImageChops.difference(*images).getbbox() is None
